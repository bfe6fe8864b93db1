IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    IF SCHEMA_ID(N'Fact') IS NULL EXEC(N'CREATE SCHEMA [Fact];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    IF SCHEMA_ID(N'Dimension') IS NULL EXEC(N'CREATE SCHEMA [Dimension];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    IF SCHEMA_ID(N'Integration') IS NULL EXEC(N'CREATE SCHEMA [Integration];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Dimension].[Code] (
        [CodeSet] nvarchar(200) NOT NULL,
        [Code] nvarchar(200) NOT NULL,
        [Label] nvarchar(200) NOT NULL,
        [SortOrder] int NOT NULL,
        CONSTRAINT [PK_Code] PRIMARY KEY ([CodeSet], [Code])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Dimension].[Date] (
        [DateKey] int NOT NULL,
        [Date] date NOT NULL,
        [CalendarYear] int NOT NULL,
        [CalendarMonth] int NOT NULL,
        [MonthName] nvarchar(200) NOT NULL,
        [MonthLabel] nvarchar(200) NOT NULL,
        [DayOfWeek] int NOT NULL,
        [IsWeekend] bit NOT NULL,
        [IsBankHoliday] bit NOT NULL,
        [BankHolidayName] nvarchar(200) NULL,
        [IsWorkingDay] bit NOT NULL,
        [FinancialYearStart] int NOT NULL,
        [FinancialYearLabel] nvarchar(200) NOT NULL,
        [FinancialQuarter] int NOT NULL,
        [FinancialQuarterLabel] nvarchar(200) NOT NULL,
        [FinancialMonth] int NOT NULL,
        CONSTRAINT [PK_Date] PRIMARY KEY ([DateKey])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Integration].[LoadBatch] (
        [LoadBatchId] int NOT NULL IDENTITY,
        [SourceKind] nvarchar(200) NOT NULL,
        [SourceName] nvarchar(200) NOT NULL,
        [FileHash] nvarchar(200) NOT NULL,
        [Status] nvarchar(200) NOT NULL,
        [StartedAtUtc] datetime2 NOT NULL,
        [FinishedAtUtc] datetime2 NULL,
        [RowsRead] int NOT NULL,
        [RowsInserted] int NOT NULL,
        [RowsUpdated] int NOT NULL,
        [RowsUnchanged] int NOT NULL,
        [RowsRejected] int NOT NULL,
        [Message] nvarchar(4000) NULL,
        CONSTRAINT [PK_LoadBatch] PRIMARY KEY ([LoadBatchId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Dimension].[Measure] (
        [MeasureCode] nvarchar(200) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Description] nvarchar(2000) NOT NULL,
        [NumeratorDefinition] nvarchar(1000) NOT NULL,
        [DenominatorDefinition] nvarchar(1000) NULL,
        [Unit] nvarchar(200) NOT NULL,
        [Polarity] nvarchar(200) NOT NULL,
        [CountingUnit] nvarchar(200) NOT NULL,
        [Breakdowns] nvarchar(200) NOT NULL,
        [Source] nvarchar(200) NOT NULL,
        [RequiredTables] nvarchar(200) NOT NULL,
        [IsAvailable] bit NOT NULL,
        [SettlesAfterDays] int NOT NULL,
        [AvailabilityNote] nvarchar(200) NULL,
        [SortOrder] int NOT NULL,
        CONSTRAINT [PK_Measure] PRIMARY KEY ([MeasureCode])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Integration].[MeasureRefresh] (
        [MeasureRefreshId] int NOT NULL IDENTITY,
        [StartedAtUtc] datetime2 NOT NULL,
        [FinishedAtUtc] datetime2 NULL,
        [Kind] nvarchar(200) NOT NULL,
        [UpToBatchId] int NOT NULL,
        [RecomputedFrom] date NULL,
        [PeriodsRecomputed] int NOT NULL,
        [ValuesWritten] int NOT NULL,
        [TargetsHash] nvarchar(200) NOT NULL,
        [Message] nvarchar(2000) NULL,
        CONSTRAINT [PK_MeasureRefresh] PRIMARY KEY ([MeasureRefreshId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Dimension].[OrganisationUnitAncestor] (
        [OrgUnitKey] int NOT NULL,
        [AncestorOrgUnitKey] int NOT NULL,
        [Distance] int NOT NULL,
        CONSTRAINT [PK_OrganisationUnitAncestor] PRIMARY KEY ([OrgUnitKey], [AncestorOrgUnitKey])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Dimension].[Period] (
        [PeriodKey] int NOT NULL,
        [Grain] nvarchar(200) NOT NULL,
        [Label] nvarchar(200) NOT NULL,
        [StartDate] date NOT NULL,
        [EndDate] date NOT NULL,
        [StartDateKey] int NOT NULL,
        [EndDateKey] int NOT NULL,
        [FinancialYearStart] int NOT NULL,
        [FinancialYearLabel] nvarchar(200) NOT NULL,
        [YearToDateStart] date NOT NULL,
        [SortOrder] int NOT NULL,
        [PreviousPeriodKey] int NULL,
        [SamePeriodLastYearKey] int NULL,
        [IsComplete] bit NOT NULL,
        CONSTRAINT [PK_Period] PRIMARY KEY ([PeriodKey])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Dimension].[Family] (
        [FamilyKey] int NOT NULL IDENTITY,
        [FamilyId] nvarchar(200) NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_Family] PRIMARY KEY ([FamilyKey]),
        CONSTRAINT [FK_Family_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Dimension].[LeadOrganisation] (
        [LeadOrganisationKey] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_LeadOrganisation] PRIMARY KEY ([LeadOrganisationKey]),
        CONSTRAINT [FK_LeadOrganisation_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Integration].[LoadBatchTable] (
        [LoadBatchId] int NOT NULL,
        [TableName] nvarchar(200) NOT NULL,
        [FileName] nvarchar(200) NULL,
        [RowsRead] int NOT NULL,
        [RowsInserted] int NOT NULL,
        [RowsUpdated] int NOT NULL,
        [RowsUnchanged] int NOT NULL,
        [RowsRejected] int NOT NULL,
        [IgnoredColumns] nvarchar(2000) NULL,
        [EarliestAffectedDate] date NULL,
        CONSTRAINT [PK_LoadBatchTable] PRIMARY KEY ([LoadBatchId], [TableName]),
        CONSTRAINT [FK_LoadBatchTable_LoadBatch_LoadBatchId] FOREIGN KEY ([LoadBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Dimension].[OrganisationUnit] (
        [OrgUnitKey] int NOT NULL IDENTITY,
        [OrgUnitId] nvarchar(200) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [ParentOrgUnitKey] int NULL,
        [Level] nvarchar(200) NOT NULL DEFAULT N'Team',
        [Depth] int NOT NULL DEFAULT 0,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_OrganisationUnit] PRIMARY KEY ([OrgUnitKey]),
        CONSTRAINT [FK_OrganisationUnit_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION,
        CONSTRAINT [FK_OrganisationUnit_OrganisationUnit_ParentOrgUnitKey] FOREIGN KEY ([ParentOrgUnitKey]) REFERENCES [Dimension].[OrganisationUnit] ([OrgUnitKey]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Dimension].[Person] (
        [PersonKey] int NOT NULL IDENTITY,
        [PersonId] nvarchar(64) NULL,
        [Sex] nvarchar(200) NOT NULL,
        [EthnicityCode] nvarchar(200) NULL,
        [EthnicityGroup] nvarchar(200) NOT NULL,
        [MonthOfBirth] date NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_Person] PRIMARY KEY ([PersonKey]),
        CONSTRAINT [FK_Person_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Dimension].[Professional] (
        [ProfessionalKey] int NOT NULL IDENTITY,
        [ProfessionalId] nvarchar(200) NULL,
        [Role] nvarchar(200) NULL,
        [OrgUnitKey] int NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_Professional] PRIMARY KEY ([ProfessionalKey]),
        CONSTRAINT [FK_Professional_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Integration].[Reject] (
        [RejectId] bigint NOT NULL IDENTITY,
        [LoadBatchId] int NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [LineNumber] int NOT NULL,
        [ColumnName] nvarchar(200) NULL,
        [Value] nvarchar(200) NULL,
        [Reason] nvarchar(1000) NOT NULL,
        CONSTRAINT [PK_Reject] PRIMARY KEY ([RejectId]),
        CONSTRAINT [FK_Reject_LoadBatch_LoadBatchId] FOREIGN KEY ([LoadBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Fact].[FamilyProgrammeAttachment] (
        [AttachmentKey] bigint NOT NULL IDENTITY,
        [AttachmentId] nvarchar(200) NOT NULL,
        [FamilyKey] int NOT NULL,
        [OrgUnitKey] int NULL,
        [AttachedDate] date NOT NULL,
        [ClaimDate] date NULL,
        [ClaimOutcome] nvarchar(200) NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_FamilyProgrammeAttachment] PRIMARY KEY ([AttachmentKey]),
        CONSTRAINT [FK_FamilyProgrammeAttachment_Family_FamilyKey] FOREIGN KEY ([FamilyKey]) REFERENCES [Dimension].[Family] ([FamilyKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FamilyProgrammeAttachment_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FamilyProgrammeAttachment_OrganisationUnit_OrgUnitKey] FOREIGN KEY ([OrgUnitKey]) REFERENCES [Dimension].[OrganisationUnit] ([OrgUnitKey]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Fact].[MeasureValue] (
        [MeasureValueKey] bigint NOT NULL IDENTITY,
        [MeasureCode] nvarchar(200) NOT NULL,
        [PeriodKey] int NOT NULL,
        [OrgUnitKey] int NOT NULL,
        [BreakdownKind] nvarchar(200) NOT NULL,
        [BreakdownValue] nvarchar(200) NOT NULL,
        [Numerator] int NOT NULL,
        [Denominator] int NULL,
        [Value] float NULL,
        [Target] float NULL,
        [Rag] nvarchar(200) NULL,
        [DirectionVsPrevious] nvarchar(200) NULL,
        [DirectionVsLastYear] nvarchar(200) NULL,
        [PreviousValue] float NULL,
        [LastYearValue] float NULL,
        [IsSmallNumber] bit NOT NULL,
        [IsProvisional] bit NOT NULL,
        [RefreshedAtUtc] datetime2 NOT NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_MeasureValue] PRIMARY KEY ([MeasureValueKey]),
        CONSTRAINT [FK_MeasureValue_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MeasureValue_Measure_MeasureCode] FOREIGN KEY ([MeasureCode]) REFERENCES [Dimension].[Measure] ([MeasureCode]) ON DELETE CASCADE,
        CONSTRAINT [FK_MeasureValue_OrganisationUnit_OrgUnitKey] FOREIGN KEY ([OrgUnitKey]) REFERENCES [Dimension].[OrganisationUnit] ([OrgUnitKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MeasureValue_Period_PeriodKey] FOREIGN KEY ([PeriodKey]) REFERENCES [Dimension].[Period] ([PeriodKey]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Dimension].[Target] (
        [TargetKey] int NOT NULL IDENTITY,
        [MeasureCode] nvarchar(200) NOT NULL,
        [FinancialYearStart] int NOT NULL,
        [OrgUnitKey] int NULL,
        [Value] float NOT NULL,
        [Tolerance] float NULL,
        CONSTRAINT [PK_Target] PRIMARY KEY ([TargetKey]),
        CONSTRAINT [FK_Target_Measure_MeasureCode] FOREIGN KEY ([MeasureCode]) REFERENCES [Dimension].[Measure] ([MeasureCode]) ON DELETE CASCADE,
        CONSTRAINT [FK_Target_OrganisationUnit_OrgUnitKey] FOREIGN KEY ([OrgUnitKey]) REFERENCES [Dimension].[OrganisationUnit] ([OrgUnitKey]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Fact].[Contact] (
        [ContactKey] bigint NOT NULL IDENTITY,
        [ContactId] nvarchar(200) NULL,
        [PersonKey] int NOT NULL,
        [ContactDate] date NOT NULL,
        [ContactDateKey] int NOT NULL,
        [SourceCode] nvarchar(200) NULL,
        [OutcomeCodes] nvarchar(200) NULL,
        [IsEarlyHelpOutcome] bit NOT NULL,
        [IsSocialCareOutcome] bit NOT NULL,
        [IsNoFurtherAction] bit NOT NULL,
        [IsInformationAndAdvice] bit NOT NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_Contact] PRIMARY KEY ([ContactKey]),
        CONSTRAINT [FK_Contact_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Contact_Person_PersonKey] FOREIGN KEY ([PersonKey]) REFERENCES [Dimension].[Person] ([PersonKey]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Dimension].[FamilyMember] (
        [FamilyMemberKey] bigint NOT NULL IDENTITY,
        [FamilyMemberId] nvarchar(200) NULL,
        [FamilyKey] int NOT NULL,
        [PersonKey] int NOT NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_FamilyMember] PRIMARY KEY ([FamilyMemberKey]),
        CONSTRAINT [FK_FamilyMember_Family_FamilyKey] FOREIGN KEY ([FamilyKey]) REFERENCES [Dimension].[Family] ([FamilyKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FamilyMember_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FamilyMember_Person_PersonKey] FOREIGN KEY ([PersonKey]) REFERENCES [Dimension].[Person] ([PersonKey]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Fact].[LookedAfterEpisode] (
        [EpisodeKey] bigint NOT NULL IDENTITY,
        [EpisodeId] nvarchar(200) NOT NULL,
        [PersonKey] int NOT NULL,
        [StartDate] date NOT NULL,
        [EndDate] date NULL,
        [EndReasonCode] nvarchar(200) NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_LookedAfterEpisode] PRIMARY KEY ([EpisodeKey]),
        CONSTRAINT [FK_LookedAfterEpisode_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION,
        CONSTRAINT [FK_LookedAfterEpisode_Person_PersonKey] FOREIGN KEY ([PersonKey]) REFERENCES [Dimension].[Person] ([PersonKey]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Fact].[SocialCareReferral] (
        [ReferralKey] bigint NOT NULL IDENTITY,
        [ReferralId] nvarchar(200) NOT NULL,
        [PersonKey] int NOT NULL,
        [OrgUnitKey] int NULL,
        [ReferralDate] date NOT NULL,
        [ReferralDateKey] int NOT NULL,
        [SourceCode] nvarchar(200) NULL,
        [OutcomeCodes] nvarchar(200) NULL,
        [IsNoFurtherAction] bit NOT NULL,
        [IsStepDownOutcome] bit NOT NULL,
        [CloseReasonCode] nvarchar(200) NULL,
        [CloseDate] date NULL,
        [CloseDateKey] int NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_SocialCareReferral] PRIMARY KEY ([ReferralKey]),
        CONSTRAINT [FK_SocialCareReferral_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SocialCareReferral_OrganisationUnit_OrgUnitKey] FOREIGN KEY ([OrgUnitKey]) REFERENCES [Dimension].[OrganisationUnit] ([OrgUnitKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SocialCareReferral_Person_PersonKey] FOREIGN KEY ([PersonKey]) REFERENCES [Dimension].[Person] ([PersonKey]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Fact].[EarlyHelpEpisode] (
        [EpisodeKey] bigint NOT NULL IDENTITY,
        [EpisodeId] nvarchar(200) NOT NULL,
        [PersonKey] int NOT NULL,
        [FamilyKey] int NULL,
        [OrgUnitKey] int NULL,
        [ReferralDate] date NULL,
        [StartDate] date NOT NULL,
        [StartDateKey] int NOT NULL,
        [EndDate] date NULL,
        [EndDateKey] int NULL,
        [Reason] nvarchar(200) NULL,
        [EndReasonCode] nvarchar(200) NULL,
        [LevelCode] nvarchar(200) NULL,
        [LeadOrganisationKey] int NULL,
        [ProfessionalKey] int NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_EarlyHelpEpisode] PRIMARY KEY ([EpisodeKey]),
        CONSTRAINT [FK_EarlyHelpEpisode_Family_FamilyKey] FOREIGN KEY ([FamilyKey]) REFERENCES [Dimension].[Family] ([FamilyKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EarlyHelpEpisode_LeadOrganisation_LeadOrganisationKey] FOREIGN KEY ([LeadOrganisationKey]) REFERENCES [Dimension].[LeadOrganisation] ([LeadOrganisationKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EarlyHelpEpisode_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EarlyHelpEpisode_OrganisationUnit_OrgUnitKey] FOREIGN KEY ([OrgUnitKey]) REFERENCES [Dimension].[OrganisationUnit] ([OrgUnitKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EarlyHelpEpisode_Person_PersonKey] FOREIGN KEY ([PersonKey]) REFERENCES [Dimension].[Person] ([PersonKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EarlyHelpEpisode_Professional_ProfessionalKey] FOREIGN KEY ([ProfessionalKey]) REFERENCES [Dimension].[Professional] ([ProfessionalKey]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Fact].[ChildProtectionPlan] (
        [PlanKey] bigint NOT NULL IDENTITY,
        [PlanId] nvarchar(200) NOT NULL,
        [PersonKey] int NOT NULL,
        [ReferralKey] bigint NULL,
        [StartDate] date NOT NULL,
        [EndDate] date NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_ChildProtectionPlan] PRIMARY KEY ([PlanKey]),
        CONSTRAINT [FK_ChildProtectionPlan_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ChildProtectionPlan_Person_PersonKey] FOREIGN KEY ([PersonKey]) REFERENCES [Dimension].[Person] ([PersonKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ChildProtectionPlan_SocialCareReferral_ReferralKey] FOREIGN KEY ([ReferralKey]) REFERENCES [Fact].[SocialCareReferral] ([ReferralKey]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Fact].[SocialCareAssessment] (
        [AssessmentKey] bigint NOT NULL IDENTITY,
        [AssessmentId] nvarchar(200) NOT NULL,
        [PersonKey] int NOT NULL,
        [ReferralKey] bigint NULL,
        [OrgUnitKey] int NULL,
        [StartDate] date NOT NULL,
        [AuthorisedDate] date NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_SocialCareAssessment] PRIMARY KEY ([AssessmentKey]),
        CONSTRAINT [FK_SocialCareAssessment_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SocialCareAssessment_OrganisationUnit_OrgUnitKey] FOREIGN KEY ([OrgUnitKey]) REFERENCES [Dimension].[OrganisationUnit] ([OrgUnitKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SocialCareAssessment_Person_PersonKey] FOREIGN KEY ([PersonKey]) REFERENCES [Dimension].[Person] ([PersonKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SocialCareAssessment_SocialCareReferral_ReferralKey] FOREIGN KEY ([ReferralKey]) REFERENCES [Fact].[SocialCareReferral] ([ReferralKey]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Fact].[CaseAudit] (
        [CaseAuditKey] bigint NOT NULL IDENTITY,
        [AuditId] nvarchar(200) NOT NULL,
        [Section] nvarchar(200) NOT NULL,
        [PersonKey] int NULL,
        [EpisodeKey] bigint NULL,
        [OrgUnitKey] int NULL,
        [AuditDate] date NOT NULL,
        [Grade] int NOT NULL,
        [ModeratedGrade] int NULL,
        [AuditorId] nvarchar(200) NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_CaseAudit] PRIMARY KEY ([CaseAuditKey]),
        CONSTRAINT [FK_CaseAudit_EarlyHelpEpisode_EpisodeKey] FOREIGN KEY ([EpisodeKey]) REFERENCES [Fact].[EarlyHelpEpisode] ([EpisodeKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseAudit_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseAudit_OrganisationUnit_OrgUnitKey] FOREIGN KEY ([OrgUnitKey]) REFERENCES [Dimension].[OrganisationUnit] ([OrgUnitKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseAudit_Person_PersonKey] FOREIGN KEY ([PersonKey]) REFERENCES [Dimension].[Person] ([PersonKey]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Fact].[EarlyHelpAssessment] (
        [AssessmentKey] bigint NOT NULL IDENTITY,
        [AssessmentId] nvarchar(200) NOT NULL,
        [EpisodeKey] bigint NOT NULL,
        [PersonKey] int NOT NULL,
        [StartDate] date NULL,
        [CompletedDate] date NULL,
        [CompletedDateKey] int NULL,
        [LeadOrganisationKey] int NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_EarlyHelpAssessment] PRIMARY KEY ([AssessmentKey]),
        CONSTRAINT [FK_EarlyHelpAssessment_EarlyHelpEpisode_EpisodeKey] FOREIGN KEY ([EpisodeKey]) REFERENCES [Fact].[EarlyHelpEpisode] ([EpisodeKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EarlyHelpAssessment_LeadOrganisation_LeadOrganisationKey] FOREIGN KEY ([LeadOrganisationKey]) REFERENCES [Dimension].[LeadOrganisation] ([LeadOrganisationKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EarlyHelpAssessment_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EarlyHelpAssessment_Person_PersonKey] FOREIGN KEY ([PersonKey]) REFERENCES [Dimension].[Person] ([PersonKey]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Fact].[FamilyFeedback] (
        [FeedbackKey] bigint NOT NULL IDENTITY,
        [FeedbackId] nvarchar(200) NOT NULL,
        [FamilyKey] int NULL,
        [EpisodeKey] bigint NULL,
        [OrgUnitKey] int NULL,
        [ResponseDate] date NOT NULL,
        [TimelyAndHelpful] bit NOT NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_FamilyFeedback] PRIMARY KEY ([FeedbackKey]),
        CONSTRAINT [FK_FamilyFeedback_EarlyHelpEpisode_EpisodeKey] FOREIGN KEY ([EpisodeKey]) REFERENCES [Fact].[EarlyHelpEpisode] ([EpisodeKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FamilyFeedback_Family_FamilyKey] FOREIGN KEY ([FamilyKey]) REFERENCES [Dimension].[Family] ([FamilyKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FamilyFeedback_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FamilyFeedback_OrganisationUnit_OrgUnitKey] FOREIGN KEY ([OrgUnitKey]) REFERENCES [Dimension].[OrganisationUnit] ([OrgUnitKey]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Fact].[OutcomeScore] (
        [ScoreKey] bigint NOT NULL IDENTITY,
        [ScoreId] nvarchar(200) NOT NULL,
        [EpisodeKey] bigint NOT NULL,
        [ScoreDate] date NOT NULL,
        [Tool] nvarchar(200) NOT NULL,
        [Stage] nvarchar(200) NOT NULL,
        [Domain] nvarchar(200) NOT NULL,
        [Score] int NOT NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_OutcomeScore] PRIMARY KEY ([ScoreKey]),
        CONSTRAINT [FK_OutcomeScore_EarlyHelpEpisode_EpisodeKey] FOREIGN KEY ([EpisodeKey]) REFERENCES [Fact].[EarlyHelpEpisode] ([EpisodeKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_OutcomeScore_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE TABLE [Fact].[PlanReview] (
        [ReviewKey] bigint NOT NULL IDENTITY,
        [ReviewId] nvarchar(200) NOT NULL,
        [EpisodeKey] bigint NOT NULL,
        [ReviewDate] date NOT NULL,
        [ReviewType] nvarchar(200) NOT NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_PlanReview] PRIMARY KEY ([ReviewKey]),
        CONSTRAINT [FK_PlanReview_EarlyHelpEpisode_EpisodeKey] FOREIGN KEY ([EpisodeKey]) REFERENCES [Fact].[EarlyHelpEpisode] ([EpisodeKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PlanReview_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_CaseAudit_AuditDate] ON [Fact].[CaseAudit] ([AuditDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CaseAudit_AuditId_Section] ON [Fact].[CaseAudit] ([AuditId], [Section]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_CaseAudit_EpisodeKey] ON [Fact].[CaseAudit] ([EpisodeKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_CaseAudit_LineageBatchId] ON [Fact].[CaseAudit] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_CaseAudit_OrgUnitKey] ON [Fact].[CaseAudit] ([OrgUnitKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_CaseAudit_PersonKey] ON [Fact].[CaseAudit] ([PersonKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_ChildProtectionPlan_LineageBatchId] ON [Fact].[ChildProtectionPlan] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_ChildProtectionPlan_PersonKey] ON [Fact].[ChildProtectionPlan] ([PersonKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ChildProtectionPlan_PlanId] ON [Fact].[ChildProtectionPlan] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_ChildProtectionPlan_ReferralKey] ON [Fact].[ChildProtectionPlan] ([ReferralKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_ChildProtectionPlan_StartDate] ON [Fact].[ChildProtectionPlan] ([StartDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_Contact_ContactDate] ON [Fact].[Contact] ([ContactDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Contact_ContactId] ON [Fact].[Contact] ([ContactId]) WHERE [ContactId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_Contact_LineageBatchId] ON [Fact].[Contact] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_Contact_PersonKey_ContactDate] ON [Fact].[Contact] ([PersonKey], [ContactDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Date_Date] ON [Dimension].[Date] ([Date]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_EarlyHelpAssessment_AssessmentId] ON [Fact].[EarlyHelpAssessment] ([AssessmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpAssessment_CompletedDate] ON [Fact].[EarlyHelpAssessment] ([CompletedDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpAssessment_EpisodeKey] ON [Fact].[EarlyHelpAssessment] ([EpisodeKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpAssessment_LeadOrganisationKey] ON [Fact].[EarlyHelpAssessment] ([LeadOrganisationKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpAssessment_LineageBatchId] ON [Fact].[EarlyHelpAssessment] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpAssessment_PersonKey] ON [Fact].[EarlyHelpAssessment] ([PersonKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpEpisode_EndDate] ON [Fact].[EarlyHelpEpisode] ([EndDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_EarlyHelpEpisode_EpisodeId] ON [Fact].[EarlyHelpEpisode] ([EpisodeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpEpisode_FamilyKey] ON [Fact].[EarlyHelpEpisode] ([FamilyKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpEpisode_LeadOrganisationKey] ON [Fact].[EarlyHelpEpisode] ([LeadOrganisationKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpEpisode_LineageBatchId] ON [Fact].[EarlyHelpEpisode] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpEpisode_OrgUnitKey] ON [Fact].[EarlyHelpEpisode] ([OrgUnitKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpEpisode_PersonKey_StartDate] ON [Fact].[EarlyHelpEpisode] ([PersonKey], [StartDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpEpisode_ProfessionalKey] ON [Fact].[EarlyHelpEpisode] ([ProfessionalKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpEpisode_StartDate] ON [Fact].[EarlyHelpEpisode] ([StartDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Family_FamilyId] ON [Dimension].[Family] ([FamilyId]) WHERE [FamilyId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_Family_LineageBatchId] ON [Dimension].[Family] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_FamilyFeedback_EpisodeKey] ON [Fact].[FamilyFeedback] ([EpisodeKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_FamilyFeedback_FamilyKey] ON [Fact].[FamilyFeedback] ([FamilyKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_FamilyFeedback_FeedbackId] ON [Fact].[FamilyFeedback] ([FeedbackId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_FamilyFeedback_LineageBatchId] ON [Fact].[FamilyFeedback] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_FamilyFeedback_OrgUnitKey] ON [Fact].[FamilyFeedback] ([OrgUnitKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_FamilyFeedback_ResponseDate] ON [Fact].[FamilyFeedback] ([ResponseDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_FamilyMember_FamilyKey] ON [Dimension].[FamilyMember] ([FamilyKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_FamilyMember_FamilyMemberId] ON [Dimension].[FamilyMember] ([FamilyMemberId]) WHERE [FamilyMemberId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_FamilyMember_LineageBatchId] ON [Dimension].[FamilyMember] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_FamilyMember_PersonKey] ON [Dimension].[FamilyMember] ([PersonKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_FamilyProgrammeAttachment_AttachedDate] ON [Fact].[FamilyProgrammeAttachment] ([AttachedDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_FamilyProgrammeAttachment_AttachmentId] ON [Fact].[FamilyProgrammeAttachment] ([AttachmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_FamilyProgrammeAttachment_FamilyKey] ON [Fact].[FamilyProgrammeAttachment] ([FamilyKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_FamilyProgrammeAttachment_LineageBatchId] ON [Fact].[FamilyProgrammeAttachment] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_FamilyProgrammeAttachment_OrgUnitKey] ON [Fact].[FamilyProgrammeAttachment] ([OrgUnitKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_LeadOrganisation_LineageBatchId] ON [Dimension].[LeadOrganisation] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_LeadOrganisation_Name] ON [Dimension].[LeadOrganisation] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_LoadBatch_FileHash_Status] ON [Integration].[LoadBatch] ([FileHash], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_LookedAfterEpisode_EpisodeId] ON [Fact].[LookedAfterEpisode] ([EpisodeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_LookedAfterEpisode_LineageBatchId] ON [Fact].[LookedAfterEpisode] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_LookedAfterEpisode_PersonKey] ON [Fact].[LookedAfterEpisode] ([PersonKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_LookedAfterEpisode_StartDate] ON [Fact].[LookedAfterEpisode] ([StartDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_MeasureValue_LineageBatchId] ON [Fact].[MeasureValue] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MeasureValue_MeasureCode_PeriodKey_OrgUnitKey_BreakdownKind_BreakdownValue] ON [Fact].[MeasureValue] ([MeasureCode], [PeriodKey], [OrgUnitKey], [BreakdownKind], [BreakdownValue]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_MeasureValue_OrgUnitKey] ON [Fact].[MeasureValue] ([OrgUnitKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_MeasureValue_PeriodKey] ON [Fact].[MeasureValue] ([PeriodKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_OrganisationUnit_LineageBatchId] ON [Dimension].[OrganisationUnit] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OrganisationUnit_OrgUnitId] ON [Dimension].[OrganisationUnit] ([OrgUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_OrganisationUnit_ParentOrgUnitKey] ON [Dimension].[OrganisationUnit] ([ParentOrgUnitKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_OrganisationUnitAncestor_AncestorOrgUnitKey] ON [Dimension].[OrganisationUnitAncestor] ([AncestorOrgUnitKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_OutcomeScore_EpisodeKey_Stage] ON [Fact].[OutcomeScore] ([EpisodeKey], [Stage]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_OutcomeScore_LineageBatchId] ON [Fact].[OutcomeScore] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_OutcomeScore_ScoreDate] ON [Fact].[OutcomeScore] ([ScoreDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OutcomeScore_ScoreId] ON [Fact].[OutcomeScore] ([ScoreId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Period_Grain_StartDate] ON [Dimension].[Period] ([Grain], [StartDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_Period_Label] ON [Dimension].[Period] ([Label]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_Person_LineageBatchId] ON [Dimension].[Person] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Person_PersonId] ON [Dimension].[Person] ([PersonId]) WHERE [PersonId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_PlanReview_EpisodeKey_ReviewDate] ON [Fact].[PlanReview] ([EpisodeKey], [ReviewDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_PlanReview_LineageBatchId] ON [Fact].[PlanReview] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_PlanReview_ReviewDate] ON [Fact].[PlanReview] ([ReviewDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PlanReview_ReviewId] ON [Fact].[PlanReview] ([ReviewId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_Professional_LineageBatchId] ON [Dimension].[Professional] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Professional_ProfessionalId] ON [Dimension].[Professional] ([ProfessionalId]) WHERE [ProfessionalId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_Reject_LoadBatchId_FileName_LineNumber] ON [Integration].[Reject] ([LoadBatchId], [FileName], [LineNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SocialCareAssessment_AssessmentId] ON [Fact].[SocialCareAssessment] ([AssessmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_SocialCareAssessment_LineageBatchId] ON [Fact].[SocialCareAssessment] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_SocialCareAssessment_OrgUnitKey] ON [Fact].[SocialCareAssessment] ([OrgUnitKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_SocialCareAssessment_PersonKey] ON [Fact].[SocialCareAssessment] ([PersonKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_SocialCareAssessment_ReferralKey] ON [Fact].[SocialCareAssessment] ([ReferralKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_SocialCareAssessment_StartDate] ON [Fact].[SocialCareAssessment] ([StartDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_SocialCareReferral_CloseDate] ON [Fact].[SocialCareReferral] ([CloseDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_SocialCareReferral_LineageBatchId] ON [Fact].[SocialCareReferral] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_SocialCareReferral_OrgUnitKey] ON [Fact].[SocialCareReferral] ([OrgUnitKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_SocialCareReferral_PersonKey_ReferralDate] ON [Fact].[SocialCareReferral] ([PersonKey], [ReferralDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_SocialCareReferral_ReferralDate] ON [Fact].[SocialCareReferral] ([ReferralDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SocialCareReferral_ReferralId] ON [Fact].[SocialCareReferral] ([ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Target_MeasureCode_FinancialYearStart_OrgUnitKey] ON [Dimension].[Target] ([MeasureCode], [FinancialYearStart], [OrgUnitKey]) WHERE [OrgUnitKey] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    CREATE INDEX [IX_Target_OrgUnitKey] ON [Dimension].[Target] ([OrgUnitKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021339_InitialWarehouse'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123021339_InitialWarehouse', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    DROP INDEX [IX_SocialCareReferral_CloseDate] ON [Fact].[SocialCareReferral];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    DROP INDEX [IX_SocialCareReferral_PersonKey_ReferralDate] ON [Fact].[SocialCareReferral];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    DROP INDEX [IX_SocialCareReferral_ReferralDate] ON [Fact].[SocialCareReferral];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    DROP INDEX [IX_PlanReview_EpisodeKey_ReviewDate] ON [Fact].[PlanReview];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    DROP INDEX [IX_OutcomeScore_EpisodeKey_Stage] ON [Fact].[OutcomeScore];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    DROP INDEX [IX_EarlyHelpEpisode_EndDate] ON [Fact].[EarlyHelpEpisode];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    DROP INDEX [IX_EarlyHelpEpisode_PersonKey_StartDate] ON [Fact].[EarlyHelpEpisode];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    DROP INDEX [IX_EarlyHelpEpisode_StartDate] ON [Fact].[EarlyHelpEpisode];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    DROP INDEX [IX_EarlyHelpAssessment_CompletedDate] ON [Fact].[EarlyHelpAssessment];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    DROP INDEX [IX_EarlyHelpAssessment_EpisodeKey] ON [Fact].[EarlyHelpAssessment];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    DROP INDEX [IX_Contact_ContactDate] ON [Fact].[Contact];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    CREATE INDEX [IX_SocialCareReferral_CloseDate_OrgUnitKey_PersonKey_CloseReasonCode] ON [Fact].[SocialCareReferral] ([CloseDate], [OrgUnitKey], [PersonKey], [CloseReasonCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    CREATE INDEX [IX_SocialCareReferral_PersonKey_ReferralDate_IsNoFurtherAction] ON [Fact].[SocialCareReferral] ([PersonKey], [ReferralDate], [IsNoFurtherAction]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    CREATE INDEX [IX_SocialCareReferral_ReferralDate_CloseDate_OrgUnitKey_PersonKey_IsNoFurtherAction] ON [Fact].[SocialCareReferral] ([ReferralDate], [CloseDate], [OrgUnitKey], [PersonKey], [IsNoFurtherAction]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    CREATE INDEX [IX_PlanReview_EpisodeKey_ReviewDate_ReviewType] ON [Fact].[PlanReview] ([EpisodeKey], [ReviewDate], [ReviewType]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    CREATE INDEX [IX_OutcomeScore_EpisodeKey_Stage_ScoreDate_Domain_Score] ON [Fact].[OutcomeScore] ([EpisodeKey], [Stage], [ScoreDate], [Domain], [Score]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpEpisode_EndDate_StartDate_OrgUnitKey_PersonKey_EndReasonCode] ON [Fact].[EarlyHelpEpisode] ([EndDate], [StartDate], [OrgUnitKey], [PersonKey], [EndReasonCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpEpisode_EndReasonCode_EndDate_OrgUnitKey_PersonKey] ON [Fact].[EarlyHelpEpisode] ([EndReasonCode], [EndDate], [OrgUnitKey], [PersonKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpEpisode_PersonKey_StartDate_EndDate] ON [Fact].[EarlyHelpEpisode] ([PersonKey], [StartDate], [EndDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpEpisode_StartDate_EndDate_OrgUnitKey_PersonKey_LeadOrganisationKey_ReferralDate] ON [Fact].[EarlyHelpEpisode] ([StartDate], [EndDate], [OrgUnitKey], [PersonKey], [LeadOrganisationKey], [ReferralDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpAssessment_CompletedDate_EpisodeKey_PersonKey_LeadOrganisationKey] ON [Fact].[EarlyHelpAssessment] ([CompletedDate], [EpisodeKey], [PersonKey], [LeadOrganisationKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpAssessment_EpisodeKey_CompletedDate] ON [Fact].[EarlyHelpAssessment] ([EpisodeKey], [CompletedDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    CREATE INDEX [IX_Date_Date_IsWorkingDay] ON [Dimension].[Date] ([Date], [IsWorkingDay]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    CREATE INDEX [IX_Contact_ContactDate_PersonKey_IsEarlyHelpOutcome] ON [Fact].[Contact] ([ContactDate], [PersonKey], [IsEarlyHelpOutcome]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232148_CoveringIndexesForMeasures'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130232148_CoveringIndexesForMeasures', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201001228_SnapshotDeletionsAndAbsentColumns'
)
BEGIN
    ALTER TABLE [Integration].[LoadBatchTable] ADD [AbsentColumns] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201001228_SnapshotDeletionsAndAbsentColumns'
)
BEGIN
    ALTER TABLE [Integration].[LoadBatchTable] ADD [RowsDeleted] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201001228_SnapshotDeletionsAndAbsentColumns'
)
BEGIN
    ALTER TABLE [Integration].[LoadBatch] ADD [RowsDeleted] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201001228_SnapshotDeletionsAndAbsentColumns'
)
BEGIN
    CREATE TABLE [Integration].[DeletedRecord] (
        [DeletedRecordId] bigint NOT NULL IDENTITY,
        [TableName] nvarchar(64) NOT NULL,
        [RecordId] nvarchar(200) NOT NULL,
        [RecordKey] bigint NOT NULL,
        [EventDate] date NULL,
        [Record] nvarchar(4000) NOT NULL,
        [LineageBatchId] int NOT NULL,
        [DeletedByBatchId] int NOT NULL,
        [Reason] nvarchar(400) NOT NULL,
        CONSTRAINT [PK_DeletedRecord] PRIMARY KEY ([DeletedRecordId]),
        CONSTRAINT [FK_DeletedRecord_LoadBatch_DeletedByBatchId] FOREIGN KEY ([DeletedByBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201001228_SnapshotDeletionsAndAbsentColumns'
)
BEGIN
    CREATE INDEX [IX_DeletedRecord_DeletedByBatchId_TableName] ON [Integration].[DeletedRecord] ([DeletedByBatchId], [TableName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201001228_SnapshotDeletionsAndAbsentColumns'
)
BEGIN
    CREATE INDEX [IX_DeletedRecord_TableName_RecordId] ON [Integration].[DeletedRecord] ([TableName], [RecordId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201001228_SnapshotDeletionsAndAbsentColumns'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201001228_SnapshotDeletionsAndAbsentColumns', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Dimension].[Professional]') AND [c].[name] = N'Role');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [Dimension].[Professional] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [Dimension].[Professional] ALTER COLUMN [Role] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Dimension].[OrganisationUnit]') AND [c].[name] = N'Name');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [Dimension].[OrganisationUnit] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [Dimension].[OrganisationUnit] ALTER COLUMN [Name] nvarchar(255) NOT NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    ALTER TABLE [Fact].[MeasureValue] ADD [IsAvailable] bit NOT NULL DEFAULT CAST(1 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    ALTER TABLE [Fact].[MeasureValue] ADD [NotAvailableReason] nvarchar(1000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    DECLARE @var2 nvarchar(max);
    SELECT @var2 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Dimension].[Measure]') AND [c].[name] = N'AvailabilityNote');
    IF @var2 IS NOT NULL EXEC(N'ALTER TABLE [Dimension].[Measure] DROP CONSTRAINT ' + @var2 + ';');
    ALTER TABLE [Dimension].[Measure] ALTER COLUMN [AvailabilityNote] nvarchar(1000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    ALTER TABLE [Integration].[LoadBatchTable] ADD [NotExpressed] nvarchar(1000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    ALTER TABLE [Integration].[LoadBatchTable] ADD [RenamedColumns] nvarchar(1000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    ALTER TABLE [Integration].[LoadBatchTable] ADD [RowsWithWarnings] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    ALTER TABLE [Integration].[LoadBatch] ADD [RowsWithWarnings] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    ALTER TABLE [Integration].[LoadBatch] ADD [SourceRelease] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    ALTER TABLE [Integration].[LoadBatch] ADD [SourceShape] nvarchar(1000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    ALTER TABLE [Integration].[LoadBatch] ADD [UnreadFiles] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    DROP INDEX [IX_LeadOrganisation_Name] ON [Dimension].[LeadOrganisation];
    DECLARE @var3 nvarchar(max);
    SELECT @var3 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Dimension].[LeadOrganisation]') AND [c].[name] = N'Name');
    IF @var3 IS NOT NULL EXEC(N'ALTER TABLE [Dimension].[LeadOrganisation] DROP CONSTRAINT ' + @var3 + ';');
    ALTER TABLE [Dimension].[LeadOrganisation] ALTER COLUMN [Name] nvarchar(400) NOT NULL;
    CREATE UNIQUE INDEX [IX_LeadOrganisation_Name] ON [Dimension].[LeadOrganisation] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    DECLARE @var4 nvarchar(max);
    SELECT @var4 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Fact].[EarlyHelpEpisode]') AND [c].[name] = N'Reason');
    IF @var4 IS NOT NULL EXEC(N'ALTER TABLE [Fact].[EarlyHelpEpisode] DROP CONSTRAINT ' + @var4 + ';');
    ALTER TABLE [Fact].[EarlyHelpEpisode] ALTER COLUMN [Reason] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    ALTER TABLE [Fact].[EarlyHelpEpisode] ADD [TeamDerived] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    CREATE TABLE [Fact].[Involvement] (
        [InvolvementKey] bigint NOT NULL IDENTITY,
        [InvolvementId] nvarchar(200) NULL,
        [PersonKey] int NULL,
        [ReferralKey] bigint NULL,
        [ProfessionalKey] int NULL,
        [OrgUnitKey] int NULL,
        [RoleCode] nvarchar(200) NULL,
        [StartDate] date NOT NULL,
        [EndDate] date NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_Involvement] PRIMARY KEY ([InvolvementKey]),
        CONSTRAINT [FK_Involvement_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Involvement_OrganisationUnit_OrgUnitKey] FOREIGN KEY ([OrgUnitKey]) REFERENCES [Dimension].[OrganisationUnit] ([OrgUnitKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Involvement_Person_PersonKey] FOREIGN KEY ([PersonKey]) REFERENCES [Dimension].[Person] ([PersonKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Involvement_Professional_ProfessionalKey] FOREIGN KEY ([ProfessionalKey]) REFERENCES [Dimension].[Professional] ([ProfessionalKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Involvement_SocialCareReferral_ReferralKey] FOREIGN KEY ([ReferralKey]) REFERENCES [Fact].[SocialCareReferral] ([ReferralKey]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    CREATE TABLE [Integration].[LoadWarning] (
        [LoadWarningId] bigint NOT NULL IDENTITY,
        [LoadBatchId] int NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [ColumnName] nvarchar(200) NULL,
        [Kind] nvarchar(200) NOT NULL,
        [CodeList] nvarchar(200) NULL,
        [Value] nvarchar(200) NULL,
        [Rows] int NOT NULL,
        [FirstLine] int NULL,
        [Message] nvarchar(1000) NOT NULL,
        CONSTRAINT [PK_LoadWarning] PRIMARY KEY ([LoadWarningId]),
        CONSTRAINT [FK_LoadWarning_LoadBatch_LoadBatchId] FOREIGN KEY ([LoadBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    CREATE TABLE [Fact].[Section47Enquiry] (
        [EnquiryKey] bigint NOT NULL IDENTITY,
        [EnquiryId] nvarchar(200) NOT NULL,
        [PersonKey] int NOT NULL,
        [ReferralKey] bigint NULL,
        [OrgUnitKey] int NULL,
        [StartDate] date NOT NULL,
        [StartDateKey] int NOT NULL,
        [EndDate] date NULL,
        [IsNoFurtherAction] bit NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_Section47Enquiry] PRIMARY KEY ([EnquiryKey]),
        CONSTRAINT [FK_Section47Enquiry_LoadBatch_LineageBatchId] FOREIGN KEY ([LineageBatchId]) REFERENCES [Integration].[LoadBatch] ([LoadBatchId]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Section47Enquiry_OrganisationUnit_OrgUnitKey] FOREIGN KEY ([OrgUnitKey]) REFERENCES [Dimension].[OrganisationUnit] ([OrgUnitKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Section47Enquiry_Person_PersonKey] FOREIGN KEY ([PersonKey]) REFERENCES [Dimension].[Person] ([PersonKey]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Section47Enquiry_SocialCareReferral_ReferralKey] FOREIGN KEY ([ReferralKey]) REFERENCES [Fact].[SocialCareReferral] ([ReferralKey]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Involvement_InvolvementId] ON [Fact].[Involvement] ([InvolvementId]) WHERE [InvolvementId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    CREATE INDEX [IX_Involvement_LineageBatchId] ON [Fact].[Involvement] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    CREATE INDEX [IX_Involvement_OrgUnitKey] ON [Fact].[Involvement] ([OrgUnitKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    CREATE INDEX [IX_Involvement_PersonKey_StartDate] ON [Fact].[Involvement] ([PersonKey], [StartDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    CREATE INDEX [IX_Involvement_ProfessionalKey] ON [Fact].[Involvement] ([ProfessionalKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    CREATE INDEX [IX_Involvement_ReferralKey] ON [Fact].[Involvement] ([ReferralKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    CREATE INDEX [IX_Involvement_StartDate] ON [Fact].[Involvement] ([StartDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    CREATE INDEX [IX_LoadWarning_LoadBatchId_FileName_ColumnName] ON [Integration].[LoadWarning] ([LoadBatchId], [FileName], [ColumnName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Section47Enquiry_EnquiryId] ON [Fact].[Section47Enquiry] ([EnquiryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    CREATE INDEX [IX_Section47Enquiry_LineageBatchId] ON [Fact].[Section47Enquiry] ([LineageBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    CREATE INDEX [IX_Section47Enquiry_OrgUnitKey] ON [Fact].[Section47Enquiry] ([OrgUnitKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    CREATE INDEX [IX_Section47Enquiry_PersonKey] ON [Fact].[Section47Enquiry] ([PersonKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    CREATE INDEX [IX_Section47Enquiry_ReferralKey] ON [Fact].[Section47Enquiry] ([ReferralKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    CREATE INDEX [IX_Section47Enquiry_StartDate] ON [Fact].[Section47Enquiry] ([StartDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201023930_SsdSourcesAndLoadWarnings'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201023930_SsdSourcesAndLoadWarnings', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201031420_EpisodeWorkerDerived'
)
BEGIN
    ALTER TABLE [Fact].[EarlyHelpEpisode] ADD [WorkerDerived] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201031420_EpisodeWorkerDerived'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201031420_EpisodeWorkerDerived', N'10.0.15');
END;

COMMIT;
GO

