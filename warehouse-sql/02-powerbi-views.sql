-- Power BI views for SQL Server: flattened, named in the council's words, one row per snapshot value or
-- record. Power BI does not fold joins well across many tables; these views do the joins once, on the server.
-- Run after 01-schema.sql. Re-runnable (CREATE OR ALTER).

IF SCHEMA_ID(N'PowerBI') IS NULL EXEC(N'CREATE SCHEMA [PowerBI];');
GO

CREATE OR ALTER VIEW [PowerBI].[OrganisationUnit]
AS
SELECT u.[OrgUnitKey],
       u.[OrgUnitId],
       u.[Name] AS [OrgUnitName],
       u.[Level],
       u.[Depth],
       parent.[Name] AS [ParentName],
       locality.[Name] AS [LocalityName]
FROM [Dimension].[OrganisationUnit] AS u
LEFT JOIN [Dimension].[OrganisationUnit] AS parent ON parent.[OrgUnitKey] = u.[ParentOrgUnitKey]
OUTER APPLY (
    SELECT TOP (1) l.[Name]
    FROM [Dimension].[OrganisationUnitAncestor] AS a
    JOIN [Dimension].[OrganisationUnit] AS l ON l.[OrgUnitKey] = a.[AncestorOrgUnitKey]
    WHERE a.[OrgUnitKey] = u.[OrgUnitKey] AND l.[Level] = N'Locality'
    ORDER BY a.[Distance]
) AS locality;
GO

CREATE OR ALTER VIEW [PowerBI].[MeasureValue]
AS
SELECT v.[MeasureValueKey],
       v.[MeasureCode],
       m.[Name] AS [MeasureName],
       m.[Unit],
       m.[Polarity],
       p.[Grain],
       p.[Label] AS [PeriodLabel],
       p.[StartDate] AS [PeriodStart],
       p.[EndDate] AS [PeriodEnd],
       p.[FinancialYearLabel],
       p.[IsComplete] AS [PeriodIsComplete],
       o.[OrgUnitId],
       o.[OrgUnitName],
       o.[Level] AS [OrgUnitLevel],
       o.[LocalityName],
       v.[BreakdownKind],
       v.[BreakdownValue],
       v.[Numerator],
       v.[Denominator],
       v.[Value],
       v.[Target],
       v.[Rag],
       v.[DirectionVsPrevious],
       v.[DirectionVsLastYear],
       v.[PreviousValue],
       v.[LastYearValue],
       v.[IsSmallNumber],
       v.[IsProvisional],
       v.[RefreshedAtUtc],
       v.[LineageBatchId]
FROM [Fact].[MeasureValue] AS v
JOIN [Dimension].[Measure] AS m ON m.[MeasureCode] = v.[MeasureCode]
JOIN [Dimension].[Period] AS p ON p.[PeriodKey] = v.[PeriodKey]
JOIN [PowerBI].[OrganisationUnit] AS o ON o.[OrgUnitKey] = v.[OrgUnitKey];
GO

-- Published figures: small numbers (1 to 5, and percentages built on them) are withheld as DfE does.
CREATE OR ALTER VIEW [PowerBI].[MeasureValuePublished]
AS
SELECT [MeasureValueKey], [MeasureCode], [MeasureName], [Unit], [Polarity], [Grain], [PeriodLabel], [PeriodStart], [PeriodEnd],
       [FinancialYearLabel], [OrgUnitId], [OrgUnitName], [OrgUnitLevel], [LocalityName], [BreakdownKind], [BreakdownValue],
       CASE WHEN [IsSmallNumber] = 1 THEN NULL ELSE [Numerator] END AS [Numerator],
       CASE WHEN [IsSmallNumber] = 1 THEN NULL ELSE [Denominator] END AS [Denominator],
       CASE WHEN [IsSmallNumber] = 1 THEN NULL ELSE [Value] END AS [Value],
       CASE WHEN [IsSmallNumber] = 1 THEN N'c'
            WHEN [Value] IS NULL THEN N'-'
            WHEN [Unit] = N'Percentage' THEN FORMAT([Value], N'0.0') + N'%'
            ELSE FORMAT([Value], N'#,##0') END AS [DisplayValue],
       [Target], [Rag], [DirectionVsPrevious], [DirectionVsLastYear]
FROM [PowerBI].[MeasureValue];
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
