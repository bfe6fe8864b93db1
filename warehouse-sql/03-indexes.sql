-- Indexes for SQL Server beyond those the migrations create. Facts get a nonclustered columnstore index:
-- Power BI scans and aggregates them column by column, and columnstore compresses codes and dates ~10x.
-- Run after 01-schema.sql. Re-runnable.

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'NCCI_Contact' AND object_id = OBJECT_ID(N'[Fact].[Contact]'))
    CREATE NONCLUSTERED COLUMNSTORE INDEX [NCCI_Contact] ON [Fact].[Contact]
        ([ContactKey], [PersonKey], [ContactDate], [ContactDateKey], [SourceCode], [IsEarlyHelpOutcome], [IsSocialCareOutcome], [IsNoFurtherAction], [IsInformationAndAdvice], [LineageBatchId]);
GO
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'NCCI_EarlyHelpEpisode' AND object_id = OBJECT_ID(N'[Fact].[EarlyHelpEpisode]'))
    CREATE NONCLUSTERED COLUMNSTORE INDEX [NCCI_EarlyHelpEpisode] ON [Fact].[EarlyHelpEpisode]
        ([EpisodeKey], [PersonKey], [FamilyKey], [OrgUnitKey], [ReferralDate], [StartDate], [StartDateKey], [EndDate], [EndDateKey], [EndReasonCode], [LevelCode], [LeadOrganisationKey], [LineageBatchId]);
GO
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'NCCI_SocialCareReferral' AND object_id = OBJECT_ID(N'[Fact].[SocialCareReferral]'))
    CREATE NONCLUSTERED COLUMNSTORE INDEX [NCCI_SocialCareReferral] ON [Fact].[SocialCareReferral]
        ([ReferralKey], [PersonKey], [OrgUnitKey], [ReferralDate], [ReferralDateKey], [SourceCode], [IsNoFurtherAction], [IsStepDownOutcome], [CloseReasonCode], [CloseDate], [CloseDateKey], [LineageBatchId]);
GO
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'NCCI_OutcomeScore' AND object_id = OBJECT_ID(N'[Fact].[OutcomeScore]'))
    CREATE NONCLUSTERED COLUMNSTORE INDEX [NCCI_OutcomeScore] ON [Fact].[OutcomeScore]
        ([ScoreKey], [EpisodeKey], [ScoreDate], [Stage], [Domain], [Score], [LineageBatchId]);
GO
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'NCCI_PlanReview' AND object_id = OBJECT_ID(N'[Fact].[PlanReview]'))
    CREATE NONCLUSTERED COLUMNSTORE INDEX [NCCI_PlanReview] ON [Fact].[PlanReview]
        ([ReviewKey], [EpisodeKey], [ReviewDate], [ReviewType], [LineageBatchId]);
GO
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'NCCI_MeasureValue' AND object_id = OBJECT_ID(N'[Fact].[MeasureValue]'))
    CREATE NONCLUSTERED COLUMNSTORE INDEX [NCCI_MeasureValue] ON [Fact].[MeasureValue]
        ([MeasureCode], [PeriodKey], [OrgUnitKey], [BreakdownKind], [BreakdownValue], [Numerator], [Denominator], [Value], [Target], [Rag], [IsSmallNumber]);
GO
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'NCCI_InternalMeasureValue' AND object_id = OBJECT_ID(N'[Published].[InternalMeasureValue]'))
    CREATE NONCLUSTERED COLUMNSTORE INDEX [NCCI_InternalMeasureValue] ON [Published].[InternalMeasureValue]
        ([MeasureCode], [PeriodKey], [PeriodGrain], [OrgUnitKey], [OrgUnitLevel], [BreakdownKind], [BreakdownValue], [State], [Numerator], [Denominator], [Value], [Rag]);
GO
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'NCCI_PartnershipMeasureValue' AND object_id = OBJECT_ID(N'[Published].[PartnershipMeasureValue]'))
    CREATE NONCLUSTERED COLUMNSTORE INDEX [NCCI_PartnershipMeasureValue] ON [Published].[PartnershipMeasureValue]
        ([MeasureCode], [PeriodKey], [PeriodGrain], [OrgUnitKey], [OrgUnitLevel], [BreakdownKind], [BreakdownValue], [State], [Numerator], [Denominator], [Value], [Rag]);
GO
-- Open-at-period-end measures probe episodes by start and end together. The migrations now create that index
-- (IX_EarlyHelpEpisode_StartDate_EndDate_OrgUnitKey_PersonKey_LeadOrganisationKey_ReferralDate, with every
-- column the measures read), so the one this script used to add is dropped where an earlier run made it.
IF EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_EarlyHelpEpisode_Open' AND object_id = OBJECT_ID(N'[Fact].[EarlyHelpEpisode]'))
    DROP INDEX [IX_EarlyHelpEpisode_Open] ON [Fact].[EarlyHelpEpisode];
GO
