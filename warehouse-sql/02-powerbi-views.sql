-- Power BI views for SQL Server: flattened, named in the council's words, one row per published value or
-- record. The scorecard views select from the tables the refresh publishes (schema Published) and decide
-- nothing of their own; the record views join names and code labels once, on the server.
-- Run after 01-schema.sql. Re-runnable (CREATE OR ALTER).

IF SCHEMA_ID(N'PowerBI') IS NULL EXEC(N'CREATE SCHEMA [PowerBI];');
GO

-- Organisation units with their parent and locality, as the refresh published them (one locality rule, in Measures).
CREATE OR ALTER VIEW [PowerBI].[OrganisationUnit]
AS
SELECT [OrgUnitKey],
       [OrgUnitId],
       [Name] AS [OrgUnitName],
       [Level],
       [Depth],
       [ParentOrgUnitKey],
       [ParentName],
       [LocalityOrgUnitKey],
       [Locality] AS [LocalityName],
       [SortOrder]
FROM [Published].[OrgUnit];
GO

-- The scorecard for staff of the council: every number, with names, display text, RAG, direction and provisional
-- state as the refresh decided them. The view adds nothing: the feed, the packs and this view show the same cells.
CREATE OR ALTER VIEW [PowerBI].[MeasureValue]
AS
SELECT [PublishedValueKey],
       [MeasureCode],
       [MeasureName],
       [Unit],
       [Polarity],
       [MeasureSortOrder],
       [PeriodKey],
       [PeriodGrain],
       [PeriodLabel],
       [PeriodStart],
       [PeriodEnd],
       [FinancialYear],
       [PeriodSortOrder],
       [PeriodIsComplete],
       [OrgUnitKey],
       [OrgUnitId],
       [OrgUnitName],
       [OrgUnitLevel],
       [Locality],
       [BreakdownKind],
       [BreakdownValue],
       [State],
       [Numerator],
       [Denominator],
       [Value],
       [DisplayValue],
       [Target],
       [Rag],
       [DirectionVsPrevious],
       [DirectionVsLastYear],
       [PreviousValue],
       [LastYearValue],
       [IsSmallNumber],
       [IsSuppressed],
       [IsProvisional],
       [SettlesOn],
       [Note],
       [RefreshedAtUtc],
       [LineageBatchId]
FROM [Published].[InternalMeasureValue];
GO

-- Published figures, as the partnership board sees them: small numbers (1 to 5, and percentages built on them) and
-- any cell that would let one be worked out are withheld ("c"), with no target, RAG or direction.
CREATE OR ALTER VIEW [PowerBI].[MeasureValuePublished]
AS
SELECT [PublishedValueKey],
       [MeasureCode],
       [MeasureName],
       [Unit],
       [Polarity],
       [MeasureSortOrder],
       [PeriodKey],
       [PeriodGrain],
       [PeriodLabel],
       [PeriodStart],
       [PeriodEnd],
       [FinancialYear],
       [PeriodSortOrder],
       [PeriodIsComplete],
       [OrgUnitKey],
       [OrgUnitId],
       [OrgUnitName],
       [OrgUnitLevel],
       [Locality],
       [BreakdownKind],
       [BreakdownValue],
       [State],
       [Numerator],
       [Denominator],
       [Value],
       [DisplayValue],
       [Target],
       [Rag],
       [DirectionVsPrevious],
       [DirectionVsLastYear],
       [PreviousValue],
       [LastYearValue],
       [IsSmallNumber],
       [IsSuppressed],
       [IsProvisional],
       [SettlesOn],
       [Note],
       [RefreshedAtUtc],
       [LineageBatchId]
FROM [Published].[PartnershipMeasureValue];
GO

CREATE OR ALTER VIEW [PowerBI].[EarlyHelpEpisode]
AS
SELECT e.[EpisodeKey],
       e.[EpisodeId],
       per.[PersonId],
       per.[Sex],
       per.[EthnicityGroup],
       o.[OrgUnitName] AS [TeamName],
       o.[LocalityName],
       e.[ReferralDate],
       e.[StartDate],
       e.[EndDate],
       e.[LevelCode],
       lvl.[Label] AS [Level],
       e.[EndReasonCode],
       reason.[Label] AS [EndReason],
       lead.[Name] AS [LeadOrganisation],
       DATEDIFF(day, e.[StartDate], COALESCE(e.[EndDate], CAST(SYSUTCDATETIME() AS date))) AS [DaysOpen],
       e.[LineageBatchId]
FROM [Fact].[EarlyHelpEpisode] AS e
JOIN [Dimension].[Person] AS per ON per.[PersonKey] = e.[PersonKey]
LEFT JOIN [PowerBI].[OrganisationUnit] AS o ON o.[OrgUnitKey] = e.[OrgUnitKey]
LEFT JOIN [Dimension].[LeadOrganisation] AS lead ON lead.[LeadOrganisationKey] = e.[LeadOrganisationKey]
LEFT JOIN [Dimension].[Code] AS lvl ON lvl.[CodeSet] = N'EarlyHelpLevel' AND lvl.[Code] = e.[LevelCode]
LEFT JOIN [Dimension].[Code] AS reason ON reason.[CodeSet] = N'EarlyHelpEndReason' AND reason.[Code] = e.[EndReasonCode];
GO

CREATE OR ALTER VIEW [PowerBI].[SocialCareReferral]
AS
SELECT r.[ReferralKey],
       r.[ReferralId],
       per.[PersonId],
       o.[OrgUnitName] AS [TeamName],
       o.[LocalityName],
       r.[ReferralDate],
       r.[SourceCode],
       src.[Label] AS [Source],
       r.[IsNoFurtherAction],
       r.[IsStepDownOutcome],
       r.[CloseDate],
       r.[CloseReasonCode],
       cr.[Label] AS [CloseReason],
       r.[LineageBatchId]
FROM [Fact].[SocialCareReferral] AS r
JOIN [Dimension].[Person] AS per ON per.[PersonKey] = r.[PersonKey]
LEFT JOIN [PowerBI].[OrganisationUnit] AS o ON o.[OrgUnitKey] = r.[OrgUnitKey]
LEFT JOIN [Dimension].[Code] AS src ON src.[CodeSet] = N'ContactSource' AND src.[Code] = r.[SourceCode]
LEFT JOIN [Dimension].[Code] AS cr ON cr.[CodeSet] = N'CinClosureReason' AND cr.[Code] = r.[CloseReasonCode];
GO

CREATE OR ALTER VIEW [PowerBI].[CaseAudit]
AS
SELECT a.[CaseAuditKey],
       a.[AuditId],
       a.[Section],
       sec.[Label] AS [SectionName],
       a.[AuditDate],
       a.[Grade],
       a.[ModeratedGrade],
       COALESCE(a.[ModeratedGrade], a.[Grade]) AS [FinalGrade],
       g.[Label] AS [FinalGradeName],
       o.[OrgUnitName] AS [TeamName],
       o.[LocalityName],
       a.[LineageBatchId]
FROM [Fact].[CaseAudit] AS a
LEFT JOIN [PowerBI].[OrganisationUnit] AS o ON o.[OrgUnitKey] = a.[OrgUnitKey]
LEFT JOIN [Dimension].[Code] AS sec ON sec.[CodeSet] = N'AuditSection' AND sec.[Code] = a.[Section]
LEFT JOIN [Dimension].[Code] AS g ON g.[CodeSet] = N'AuditGrade' AND g.[Code] = CAST(COALESCE(a.[ModeratedGrade], a.[Grade]) AS nvarchar(1));
GO

-- Freshness: what was loaded when, and how much was rejected.
CREATE OR ALTER VIEW [PowerBI].[LoadBatch]
AS
SELECT b.[LoadBatchId], b.[SourceKind], b.[SourceName], b.[Status], b.[StartedAtUtc], b.[FinishedAtUtc],
       b.[RowsRead], b.[RowsInserted] + b.[RowsUpdated] + b.[RowsUnchanged] AS [RowsLoaded], b.[RowsRejected], b.[Message]
FROM [Integration].[LoadBatch] AS b;
GO
