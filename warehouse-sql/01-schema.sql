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
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    IF SCHEMA_ID(N'Published') IS NULL EXEC(N'CREATE SCHEMA [Published];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description5 AS sql_variant;
    SET @description5 = N'A target for a measure in a financial year, for every unit or for one (report-templates/targets.json).';
    EXEC sp_addextendedproperty 'MS_Description', @description5, 'SCHEMA', N'Dimension', 'TABLE', N'Target';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description6 AS sql_variant;
    SET @description6 = N'A referral to children''s social care and the child in need episode it opens (ssd_cin_episodes).';
    EXEC sp_addextendedproperty 'MS_Description', @description6, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareReferral';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description7 AS sql_variant;
    SET @description7 = N'A social care (single) assessment (ssd_cin_assessments).';
    EXEC sp_addextendedproperty 'MS_Description', @description7, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareAssessment';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description8 AS sql_variant;
    SET @description8 = N'A section 47 enquiry (ssd_s47_enquiry).';
    EXEC sp_addextendedproperty 'MS_Description', @description8, 'SCHEMA', N'Fact', 'TABLE', N'Section47Enquiry';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description9 AS sql_variant;
    SET @description9 = N'A row that was not loaded, and why.';
    EXEC sp_addextendedproperty 'MS_Description', @description9, 'SCHEMA', N'Integration', 'TABLE', N'Reject';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description10 AS sql_variant;
    SET @description10 = N'A worker (ssd_professionals); staff ids are pseudonymised too, as they sit beside children''s records.';
    EXEC sp_addextendedproperty 'MS_Description', @description10, 'SCHEMA', N'Dimension', 'TABLE', N'Professional';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description11 AS sql_variant;
    SET @description11 = N'A plan review or Team Around the Family meeting (ext_plan_reviews).';
    EXEC sp_addextendedproperty 'MS_Description', @description11, 'SCHEMA', N'Fact', 'TABLE', N'PlanReview';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description12 AS sql_variant;
    SET @description12 = N'A child or adult family member, pseudonymised: no names, addresses or full dates of birth.';
    EXEC sp_addextendedproperty 'MS_Description', @description12, 'SCHEMA', N'Dimension', 'TABLE', N'Person';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description13 AS sql_variant;
    SET @description13 = N'A reporting period: month, financial quarter (April-June is Q1), financial year (April-March) or calendar year.';
    EXEC sp_addextendedproperty 'MS_Description', @description13, 'SCHEMA', N'Dimension', 'TABLE', N'Period';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description14 AS sql_variant;
    SET @description14 = N'One domain score on a progression-of-change tool such as a spidergraph or Outcome Star (ext_outcome_scores).';
    EXEC sp_addextendedproperty 'MS_Description', @description14, 'SCHEMA', N'Fact', 'TABLE', N'OutcomeScore';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description15 AS sql_variant;
    SET @description15 = N'Closure table of the organisation hierarchy: one row per unit and each of its ancestors (itself included), so measures roll up to every level with one join.';
    EXEC sp_addextendedproperty 'MS_Description', @description15, 'SCHEMA', N'Dimension', 'TABLE', N'OrganisationUnitAncestor';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description16 AS sql_variant;
    SET @description16 = N'Teams, localities (or service areas) and the authority itself, as a parent hierarchy.';
    EXEC sp_addextendedproperty 'MS_Description', @description16, 'SCHEMA', N'Dimension', 'TABLE', N'OrganisationUnit';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description17 AS sql_variant;
    SET @description17 = N'The computed snapshot: one measure, period, organisation unit and breakdown, as computed, before anything is withheld. Outputs read the Published tables.';
    EXEC sp_addextendedproperty 'MS_Description', @description17, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description18 AS sql_variant;
    SET @description18 = N'One refresh of the snapshot: what it recomputed and why.';
    EXEC sp_addextendedproperty 'MS_Description', @description18, 'SCHEMA', N'Integration', 'TABLE', N'MeasureRefresh';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description19 AS sql_variant;
    SET @description19 = N'The measure catalogue: each measure''s definition, unit and polarity, beside its values.';
    EXEC sp_addextendedproperty 'MS_Description', @description19, 'SCHEMA', N'Dimension', 'TABLE', N'Measure';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description20 AS sql_variant;
    SET @description20 = N'A period of being looked after (ssd_cla_episodes).';
    EXEC sp_addextendedproperty 'MS_Description', @description20, 'SCHEMA', N'Fact', 'TABLE', N'LookedAfterEpisode';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description21 AS sql_variant;
    SET @description21 = N'A value that was odd but did not stop its row loading (an unknown code, a placeholder, a sentinel date, an over-long optional text): the field was loaded as unknown. One row per load, file, column, kind and value; also what was odd about a whole file.';
    EXEC sp_addextendedproperty 'MS_Description', @description21, 'SCHEMA', N'Integration', 'TABLE', N'LoadWarning';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description22 AS sql_variant;
    SET @description22 = N'Counts for one source table within a load.';
    EXEC sp_addextendedproperty 'MS_Description', @description22, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatchTable';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description23 AS sql_variant;
    SET @description23 = N'One load of one extract: every fact and dimension row points at the batch that last wrote it.';
    EXEC sp_addextendedproperty 'MS_Description', @description23, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description24 AS sql_variant;
    SET @description24 = N'An organisation that leads early help or completes assessments (a school, health visiting, the local authority...).';
    EXEC sp_addextendedproperty 'MS_Description', @description24, 'SCHEMA', N'Dimension', 'TABLE', N'LeadOrganisation';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description25 AS sql_variant;
    SET @description25 = N'A worker''s (and team''s) involvement with a child (ssd_involvements): where early help episodes get a team the extract does not give.';
    EXEC sp_addextendedproperty 'MS_Description', @description25, 'SCHEMA', N'Fact', 'TABLE', N'Involvement';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description26 AS sql_variant;
    SET @description26 = N'A family attached to the Supporting Families programme, and its outcome claim (ext_family_programme).';
    EXEC sp_addextendedproperty 'MS_Description', @description26, 'SCHEMA', N'Fact', 'TABLE', N'FamilyProgrammeAttachment';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description27 AS sql_variant;
    SET @description27 = N'Bridge between families and their members (ssd_family).';
    EXEC sp_addextendedproperty 'MS_Description', @description27, 'SCHEMA', N'Dimension', 'TABLE', N'FamilyMember';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description28 AS sql_variant;
    SET @description28 = N'A family''s answer to "was the support timely and helpful?" (ext_family_feedback).';
    EXEC sp_addextendedproperty 'MS_Description', @description28, 'SCHEMA', N'Fact', 'TABLE', N'FamilyFeedback';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description29 AS sql_variant;
    SET @description29 = N'A family (ssd_family), pseudonymised.';
    EXEC sp_addextendedproperty 'MS_Description', @description29, 'SCHEMA', N'Dimension', 'TABLE', N'Family';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description30 AS sql_variant;
    SET @description30 = N'An early help episode (ssd_early_help_episodes with ext_early_help_episode_details).';
    EXEC sp_addextendedproperty 'MS_Description', @description30, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description31 AS sql_variant;
    SET @description31 = N'An Early Help Assessment (EHA, formerly CAF) (ext_early_help_assessments).';
    EXEC sp_addextendedproperty 'MS_Description', @description31, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpAssessment';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description32 AS sql_variant;
    SET @description32 = N'A record deleted at source: a later full snapshot no longer had it. It left its fact table in the same transaction, so nothing counts it, and is kept here whole.';
    EXEC sp_addextendedproperty 'MS_Description', @description32, 'SCHEMA', N'Integration', 'TABLE', N'DeletedRecord';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description33 AS sql_variant;
    SET @description33 = N'One row per calendar day, with the financial year, quarter and month it falls in and whether it is a working day.';
    EXEC sp_addextendedproperty 'MS_Description', @description33, 'SCHEMA', N'Dimension', 'TABLE', N'Date';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description34 AS sql_variant;
    SET @description34 = N'A contact at the front door (ssd_contacts).';
    EXEC sp_addextendedproperty 'MS_Description', @description34, 'SCHEMA', N'Fact', 'TABLE', N'Contact';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description35 AS sql_variant;
    SET @description35 = N'The code lists the extract contract accepts, with their labels.';
    EXEC sp_addextendedproperty 'MS_Description', @description35, 'SCHEMA', N'Dimension', 'TABLE', N'Code';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description36 AS sql_variant;
    SET @description36 = N'A child protection plan (ssd_cp_plans).';
    EXEC sp_addextendedproperty 'MS_Description', @description36, 'SCHEMA', N'Fact', 'TABLE', N'ChildProtectionPlan';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description37 AS sql_variant;
    SET @description37 = N'One section''s grade in a case audit (ext_case_audits): 1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate.';
    EXEC sp_addextendedproperty 'MS_Description', @description37, 'SCHEMA', N'Fact', 'TABLE', N'CaseAudit';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description38 AS sql_variant;
    SET @description38 = N'The target: a count or a percentage.';
    EXEC sp_addextendedproperty 'MS_Description', @description38, 'SCHEMA', N'Dimension', 'TABLE', N'Target', 'COLUMN', N'Value';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description39 AS sql_variant;
    SET @description39 = N'Amber band: percentage points for percentages, a share (0.10 = 10%) for counts; empty for the default.';
    EXEC sp_addextendedproperty 'MS_Description', @description39, 'SCHEMA', N'Dimension', 'TABLE', N'Target', 'COLUMN', N'Tolerance';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description40 AS sql_variant;
    SET @description40 = N'The unit; empty for every unit without its own (year-to-date counts: the authority only).';
    EXEC sp_addextendedproperty 'MS_Description', @description40, 'SCHEMA', N'Dimension', 'TABLE', N'Target', 'COLUMN', N'OrgUnitKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description41 AS sql_variant;
    SET @description41 = N'The measure (Dimension.Measure).';
    EXEC sp_addextendedproperty 'MS_Description', @description41, 'SCHEMA', N'Dimension', 'TABLE', N'Target', 'COLUMN', N'MeasureCode';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description42 AS sql_variant;
    SET @description42 = N'The financial year (2024 for 2024-25).';
    EXEC sp_addextendedproperty 'MS_Description', @description42, 'SCHEMA', N'Dimension', 'TABLE', N'Target', 'COLUMN', N'FinancialYearStart';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description43 AS sql_variant;
    SET @description43 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description43, 'SCHEMA', N'Dimension', 'TABLE', N'Target', 'COLUMN', N'TargetKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description44 AS sql_variant;
    SET @description44 = N'Who referred (code list ContactSource).';
    EXEC sp_addextendedproperty 'MS_Description', @description44, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareReferral', 'COLUMN', N'SourceCode';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description45 AS sql_variant;
    SET @description45 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description45, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareReferral', 'COLUMN', N'ReferralId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description46 AS sql_variant;
    SET @description46 = N'Referral date as yyyymmdd.';
    EXEC sp_addextendedproperty 'MS_Description', @description46, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareReferral', 'COLUMN', N'ReferralDateKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description47 AS sql_variant;
    SET @description47 = N'Date of the referral.';
    EXEC sp_addextendedproperty 'MS_Description', @description47, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareReferral', 'COLUMN', N'ReferralDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description48 AS sql_variant;
    SET @description48 = N'The child (Dimension.Person).';
    EXEC sp_addextendedproperty 'MS_Description', @description48, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareReferral', 'COLUMN', N'PersonKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description49 AS sql_variant;
    SET @description49 = N'Referral outcome codes joined with ''|''.';
    EXEC sp_addextendedproperty 'MS_Description', @description49, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareReferral', 'COLUMN', N'OutcomeCodes';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description50 AS sql_variant;
    SET @description50 = N'The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.';
    EXEC sp_addextendedproperty 'MS_Description', @description50, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareReferral', 'COLUMN', N'OrgUnitKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description51 AS sql_variant;
    SET @description51 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description51, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareReferral', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description52 AS sql_variant;
    SET @description52 = N'The referral outcome says step-down to early help.';
    EXEC sp_addextendedproperty 'MS_Description', @description52, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareReferral', 'COLUMN', N'IsStepDownOutcome';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description53 AS sql_variant;
    SET @description53 = N'The referral led to no further action.';
    EXEC sp_addextendedproperty 'MS_Description', @description53, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareReferral', 'COLUMN', N'IsNoFurtherAction';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description54 AS sql_variant;
    SET @description54 = N'Why the episode closed (CIN census RC1-RC9; RC9 is referred to early help).';
    EXEC sp_addextendedproperty 'MS_Description', @description54, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareReferral', 'COLUMN', N'CloseReasonCode';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description55 AS sql_variant;
    SET @description55 = N'Close date as yyyymmdd.';
    EXEC sp_addextendedproperty 'MS_Description', @description55, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareReferral', 'COLUMN', N'CloseDateKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description56 AS sql_variant;
    SET @description56 = N'Date the episode closed; empty while open.';
    EXEC sp_addextendedproperty 'MS_Description', @description56, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareReferral', 'COLUMN', N'CloseDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description57 AS sql_variant;
    SET @description57 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description57, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareReferral', 'COLUMN', N'ReferralKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description58 AS sql_variant;
    SET @description58 = N'Date the assessment started.';
    EXEC sp_addextendedproperty 'MS_Description', @description58, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareAssessment', 'COLUMN', N'StartDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description59 AS sql_variant;
    SET @description59 = N'The referral assessed (Fact.SocialCareReferral).';
    EXEC sp_addextendedproperty 'MS_Description', @description59, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareAssessment', 'COLUMN', N'ReferralKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description60 AS sql_variant;
    SET @description60 = N'The child (Dimension.Person).';
    EXEC sp_addextendedproperty 'MS_Description', @description60, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareAssessment', 'COLUMN', N'PersonKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description61 AS sql_variant;
    SET @description61 = N'The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.';
    EXEC sp_addextendedproperty 'MS_Description', @description61, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareAssessment', 'COLUMN', N'OrgUnitKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description62 AS sql_variant;
    SET @description62 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description62, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareAssessment', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description63 AS sql_variant;
    SET @description63 = N'Date the assessment was authorised; empty until then.';
    EXEC sp_addextendedproperty 'MS_Description', @description63, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareAssessment', 'COLUMN', N'AuthorisedDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description64 AS sql_variant;
    SET @description64 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description64, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareAssessment', 'COLUMN', N'AssessmentId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description65 AS sql_variant;
    SET @description65 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description65, 'SCHEMA', N'Fact', 'TABLE', N'SocialCareAssessment', 'COLUMN', N'AssessmentKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description66 AS sql_variant;
    SET @description66 = N'Start date as yyyymmdd.';
    EXEC sp_addextendedproperty 'MS_Description', @description66, 'SCHEMA', N'Fact', 'TABLE', N'Section47Enquiry', 'COLUMN', N'StartDateKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description67 AS sql_variant;
    SET @description67 = N'Date the enquiry started.';
    EXEC sp_addextendedproperty 'MS_Description', @description67, 'SCHEMA', N'Fact', 'TABLE', N'Section47Enquiry', 'COLUMN', N'StartDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description68 AS sql_variant;
    SET @description68 = N'The referral it belongs to (Fact.SocialCareReferral).';
    EXEC sp_addextendedproperty 'MS_Description', @description68, 'SCHEMA', N'Fact', 'TABLE', N'Section47Enquiry', 'COLUMN', N'ReferralKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description69 AS sql_variant;
    SET @description69 = N'The child (Dimension.Person).';
    EXEC sp_addextendedproperty 'MS_Description', @description69, 'SCHEMA', N'Fact', 'TABLE', N'Section47Enquiry', 'COLUMN', N'PersonKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description70 AS sql_variant;
    SET @description70 = N'The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.';
    EXEC sp_addextendedproperty 'MS_Description', @description70, 'SCHEMA', N'Fact', 'TABLE', N'Section47Enquiry', 'COLUMN', N'OrgUnitKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description71 AS sql_variant;
    SET @description71 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description71, 'SCHEMA', N'Fact', 'TABLE', N'Section47Enquiry', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description72 AS sql_variant;
    SET @description72 = N'True when it ended with no further action; empty when not recorded.';
    EXEC sp_addextendedproperty 'MS_Description', @description72, 'SCHEMA', N'Fact', 'TABLE', N'Section47Enquiry', 'COLUMN', N'IsNoFurtherAction';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description73 AS sql_variant;
    SET @description73 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description73, 'SCHEMA', N'Fact', 'TABLE', N'Section47Enquiry', 'COLUMN', N'EnquiryId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description74 AS sql_variant;
    SET @description74 = N'Date it ended; empty while open.';
    EXEC sp_addextendedproperty 'MS_Description', @description74, 'SCHEMA', N'Fact', 'TABLE', N'Section47Enquiry', 'COLUMN', N'EndDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description75 AS sql_variant;
    SET @description75 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description75, 'SCHEMA', N'Fact', 'TABLE', N'Section47Enquiry', 'COLUMN', N'EnquiryKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description76 AS sql_variant;
    SET @description76 = N'The offending value; identifiers shown pseudonymised and dates of birth withheld.';
    EXEC sp_addextendedproperty 'MS_Description', @description76, 'SCHEMA', N'Integration', 'TABLE', N'Reject', 'COLUMN', N'Value';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description77 AS sql_variant;
    SET @description77 = N'Why the row was rejected.';
    EXEC sp_addextendedproperty 'MS_Description', @description77, 'SCHEMA', N'Integration', 'TABLE', N'Reject', 'COLUMN', N'Reason';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description78 AS sql_variant;
    SET @description78 = N'The load (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description78, 'SCHEMA', N'Integration', 'TABLE', N'Reject', 'COLUMN', N'LoadBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description79 AS sql_variant;
    SET @description79 = N'Physical line in the file (the header is line 1).';
    EXEC sp_addextendedproperty 'MS_Description', @description79, 'SCHEMA', N'Integration', 'TABLE', N'Reject', 'COLUMN', N'LineNumber';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description80 AS sql_variant;
    SET @description80 = N'The file the row was in.';
    EXEC sp_addextendedproperty 'MS_Description', @description80, 'SCHEMA', N'Integration', 'TABLE', N'Reject', 'COLUMN', N'FileName';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description81 AS sql_variant;
    SET @description81 = N'The column at fault; empty for the row as a whole.';
    EXEC sp_addextendedproperty 'MS_Description', @description81, 'SCHEMA', N'Integration', 'TABLE', N'Reject', 'COLUMN', N'ColumnName';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description82 AS sql_variant;
    SET @description82 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description82, 'SCHEMA', N'Integration', 'TABLE', N'Reject', 'COLUMN', N'RejectId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description83 AS sql_variant;
    SET @description83 = N'Job title or role.';
    EXEC sp_addextendedproperty 'MS_Description', @description83, 'SCHEMA', N'Dimension', 'TABLE', N'Professional', 'COLUMN', N'Role';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description84 AS sql_variant;
    SET @description84 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description84, 'SCHEMA', N'Dimension', 'TABLE', N'Professional', 'COLUMN', N'ProfessionalId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description85 AS sql_variant;
    SET @description85 = N'The worker''s team.';
    EXEC sp_addextendedproperty 'MS_Description', @description85, 'SCHEMA', N'Dimension', 'TABLE', N'Professional', 'COLUMN', N'OrgUnitKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description86 AS sql_variant;
    SET @description86 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description86, 'SCHEMA', N'Dimension', 'TABLE', N'Professional', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description87 AS sql_variant;
    SET @description87 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description87, 'SCHEMA', N'Dimension', 'TABLE', N'Professional', 'COLUMN', N'ProfessionalKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description88 AS sql_variant;
    SET @description88 = N'TAF (a Team Around the Family meeting) or REVIEW (a single-agency plan review).';
    EXEC sp_addextendedproperty 'MS_Description', @description88, 'SCHEMA', N'Fact', 'TABLE', N'PlanReview', 'COLUMN', N'ReviewType';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description89 AS sql_variant;
    SET @description89 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description89, 'SCHEMA', N'Fact', 'TABLE', N'PlanReview', 'COLUMN', N'ReviewId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description90 AS sql_variant;
    SET @description90 = N'Date of the review or meeting.';
    EXEC sp_addextendedproperty 'MS_Description', @description90, 'SCHEMA', N'Fact', 'TABLE', N'PlanReview', 'COLUMN', N'ReviewDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description91 AS sql_variant;
    SET @description91 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description91, 'SCHEMA', N'Fact', 'TABLE', N'PlanReview', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description92 AS sql_variant;
    SET @description92 = N'The early help episode (Fact.EarlyHelpEpisode).';
    EXEC sp_addextendedproperty 'MS_Description', @description92, 'SCHEMA', N'Fact', 'TABLE', N'PlanReview', 'COLUMN', N'EpisodeKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description93 AS sql_variant;
    SET @description93 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description93, 'SCHEMA', N'Fact', 'TABLE', N'PlanReview', 'COLUMN', N'ReviewKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description94 AS sql_variant;
    SET @description94 = N'M, F, U (unknown) or I (indeterminate).';
    EXEC sp_addextendedproperty 'MS_Description', @description94, 'SCHEMA', N'Dimension', 'TABLE', N'Person', 'COLUMN', N'Sex';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description95 AS sql_variant;
    SET @description95 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description95, 'SCHEMA', N'Dimension', 'TABLE', N'Person', 'COLUMN', N'PersonId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description96 AS sql_variant;
    SET @description96 = N'Date of birth truncated to the first day of its month.';
    EXEC sp_addextendedproperty 'MS_Description', @description96, 'SCHEMA', N'Dimension', 'TABLE', N'Person', 'COLUMN', N'MonthOfBirth';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description97 AS sql_variant;
    SET @description97 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description97, 'SCHEMA', N'Dimension', 'TABLE', N'Person', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description98 AS sql_variant;
    SET @description98 = N'DfE major ethnic group: White, Mixed, Asian, Black, Other, Unknown.';
    EXEC sp_addextendedproperty 'MS_Description', @description98, 'SCHEMA', N'Dimension', 'TABLE', N'Person', 'COLUMN', N'EthnicityGroup';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description99 AS sql_variant;
    SET @description99 = N'DfE ethnicity code, e.g. WBRI.';
    EXEC sp_addextendedproperty 'MS_Description', @description99, 'SCHEMA', N'Dimension', 'TABLE', N'Person', 'COLUMN', N'EthnicityCode';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description100 AS sql_variant;
    SET @description100 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description100, 'SCHEMA', N'Dimension', 'TABLE', N'Person', 'COLUMN', N'PersonKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description101 AS sql_variant;
    SET @description101 = N'Where year-to-date counts start: 1 April (1 January for calendar years).';
    EXEC sp_addextendedproperty 'MS_Description', @description101, 'SCHEMA', N'Dimension', 'TABLE', N'Period', 'COLUMN', N'YearToDateStart';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description102 AS sql_variant;
    SET @description102 = N'First day as yyyymmdd.';
    EXEC sp_addextendedproperty 'MS_Description', @description102, 'SCHEMA', N'Dimension', 'TABLE', N'Period', 'COLUMN', N'StartDateKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description103 AS sql_variant;
    SET @description103 = N'First day of the period.';
    EXEC sp_addextendedproperty 'MS_Description', @description103, 'SCHEMA', N'Dimension', 'TABLE', N'Period', 'COLUMN', N'StartDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description104 AS sql_variant;
    SET @description104 = N'Sorts periods in time order.';
    EXEC sp_addextendedproperty 'MS_Description', @description104, 'SCHEMA', N'Dimension', 'TABLE', N'Period', 'COLUMN', N'SortOrder';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description105 AS sql_variant;
    SET @description105 = N'The same period a year earlier.';
    EXEC sp_addextendedproperty 'MS_Description', @description105, 'SCHEMA', N'Dimension', 'TABLE', N'Period', 'COLUMN', N'SamePeriodLastYearKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description106 AS sql_variant;
    SET @description106 = N'The previous period of the same grain.';
    EXEC sp_addextendedproperty 'MS_Description', @description106, 'SCHEMA', N'Dimension', 'TABLE', N'Period', 'COLUMN', N'PreviousPeriodKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description107 AS sql_variant;
    SET @description107 = N'"2024-11", "2024-25 Q3", "2024-25" or "2024".';
    EXEC sp_addextendedproperty 'MS_Description', @description107, 'SCHEMA', N'Dimension', 'TABLE', N'Period', 'COLUMN', N'Label';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description108 AS sql_variant;
    SET @description108 = N'False while the data does not yet reach the period''s end.';
    EXEC sp_addextendedproperty 'MS_Description', @description108, 'SCHEMA', N'Dimension', 'TABLE', N'Period', 'COLUMN', N'IsComplete';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description109 AS sql_variant;
    SET @description109 = N'Month, FinancialQuarter, FinancialYear or CalendarYear.';
    EXEC sp_addextendedproperty 'MS_Description', @description109, 'SCHEMA', N'Dimension', 'TABLE', N'Period', 'COLUMN', N'Grain';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description110 AS sql_variant;
    SET @description110 = N'Calendar year in which the financial year starts.';
    EXEC sp_addextendedproperty 'MS_Description', @description110, 'SCHEMA', N'Dimension', 'TABLE', N'Period', 'COLUMN', N'FinancialYearStart';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description111 AS sql_variant;
    SET @description111 = N'"2024-25".';
    EXEC sp_addextendedproperty 'MS_Description', @description111, 'SCHEMA', N'Dimension', 'TABLE', N'Period', 'COLUMN', N'FinancialYearLabel';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description112 AS sql_variant;
    SET @description112 = N'Last day as yyyymmdd.';
    EXEC sp_addextendedproperty 'MS_Description', @description112, 'SCHEMA', N'Dimension', 'TABLE', N'Period', 'COLUMN', N'EndDateKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description113 AS sql_variant;
    SET @description113 = N'Last day of the period.';
    EXEC sp_addextendedproperty 'MS_Description', @description113, 'SCHEMA', N'Dimension', 'TABLE', N'Period', 'COLUMN', N'EndDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description114 AS sql_variant;
    SET @description114 = N'A digit for the grain (1 month, 2 financial quarter, 3 financial year, 4 calendar year), then the first day as yyyymmdd.';
    EXEC sp_addextendedproperty 'MS_Description', @description114, 'SCHEMA', N'Dimension', 'TABLE', N'Period', 'COLUMN', N'PeriodKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description115 AS sql_variant;
    SET @description115 = N'The tool used, e.g. Spidergraph.';
    EXEC sp_addextendedproperty 'MS_Description', @description115, 'SCHEMA', N'Fact', 'TABLE', N'OutcomeScore', 'COLUMN', N'Tool';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description116 AS sql_variant;
    SET @description116 = N'BASELINE, REVIEW or CLOSURE.';
    EXEC sp_addextendedproperty 'MS_Description', @description116, 'SCHEMA', N'Fact', 'TABLE', N'OutcomeScore', 'COLUMN', N'Stage';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description117 AS sql_variant;
    SET @description117 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description117, 'SCHEMA', N'Fact', 'TABLE', N'OutcomeScore', 'COLUMN', N'ScoreId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description118 AS sql_variant;
    SET @description118 = N'Date the score was given.';
    EXEC sp_addextendedproperty 'MS_Description', @description118, 'SCHEMA', N'Fact', 'TABLE', N'OutcomeScore', 'COLUMN', N'ScoreDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description119 AS sql_variant;
    SET @description119 = N'The score (1 serious concern to 10 thriving on a spidergraph).';
    EXEC sp_addextendedproperty 'MS_Description', @description119, 'SCHEMA', N'Fact', 'TABLE', N'OutcomeScore', 'COLUMN', N'Score';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description120 AS sql_variant;
    SET @description120 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description120, 'SCHEMA', N'Fact', 'TABLE', N'OutcomeScore', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description121 AS sql_variant;
    SET @description121 = N'The early help episode (Fact.EarlyHelpEpisode).';
    EXEC sp_addextendedproperty 'MS_Description', @description121, 'SCHEMA', N'Fact', 'TABLE', N'OutcomeScore', 'COLUMN', N'EpisodeKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description122 AS sql_variant;
    SET @description122 = N'The domain scored, e.g. Health.';
    EXEC sp_addextendedproperty 'MS_Description', @description122, 'SCHEMA', N'Fact', 'TABLE', N'OutcomeScore', 'COLUMN', N'Domain';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description123 AS sql_variant;
    SET @description123 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description123, 'SCHEMA', N'Fact', 'TABLE', N'OutcomeScore', 'COLUMN', N'ScoreKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description124 AS sql_variant;
    SET @description124 = N'Levels between them: 0 for the unit itself, 1 for its parent.';
    EXEC sp_addextendedproperty 'MS_Description', @description124, 'SCHEMA', N'Dimension', 'TABLE', N'OrganisationUnitAncestor', 'COLUMN', N'Distance';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description125 AS sql_variant;
    SET @description125 = N'The unit itself or one above it.';
    EXEC sp_addextendedproperty 'MS_Description', @description125, 'SCHEMA', N'Dimension', 'TABLE', N'OrganisationUnitAncestor', 'COLUMN', N'AncestorOrgUnitKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description126 AS sql_variant;
    SET @description126 = N'The unit.';
    EXEC sp_addextendedproperty 'MS_Description', @description126, 'SCHEMA', N'Dimension', 'TABLE', N'OrganisationUnitAncestor', 'COLUMN', N'OrgUnitKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description127 AS sql_variant;
    SET @description127 = N'The unit above it; empty for the authority.';
    EXEC sp_addextendedproperty 'MS_Description', @description127, 'SCHEMA', N'Dimension', 'TABLE', N'OrganisationUnit', 'COLUMN', N'ParentOrgUnitKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description128 AS sql_variant;
    SET @description128 = N'The case system''s team id (dept_team_id), or AUTHORITY for the whole authority.';
    EXEC sp_addextendedproperty 'MS_Description', @description128, 'SCHEMA', N'Dimension', 'TABLE', N'OrganisationUnit', 'COLUMN', N'OrgUnitId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description129 AS sql_variant;
    SET @description129 = N'Name as staff know it.';
    EXEC sp_addextendedproperty 'MS_Description', @description129, 'SCHEMA', N'Dimension', 'TABLE', N'OrganisationUnit', 'COLUMN', N'Name';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description130 AS sql_variant;
    SET @description130 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description130, 'SCHEMA', N'Dimension', 'TABLE', N'OrganisationUnit', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description131 AS sql_variant;
    SET @description131 = N'Authority, Locality or Team.';
    EXEC sp_addextendedproperty 'MS_Description', @description131, 'SCHEMA', N'Dimension', 'TABLE', N'OrganisationUnit', 'COLUMN', N'Level';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description132 AS sql_variant;
    SET @description132 = N'0 for the authority, 1 below it, and so on.';
    EXEC sp_addextendedproperty 'MS_Description', @description132, 'SCHEMA', N'Dimension', 'TABLE', N'OrganisationUnit', 'COLUMN', N'Depth';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description133 AS sql_variant;
    SET @description133 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description133, 'SCHEMA', N'Dimension', 'TABLE', N'OrganisationUnit', 'COLUMN', N'OrgUnitKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description134 AS sql_variant;
    SET @description134 = N'The count, or the percentage (0-100); empty when the denominator is 0.';
    EXEC sp_addextendedproperty 'MS_Description', @description134, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'Value';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description135 AS sql_variant;
    SET @description135 = N'The target that applies, profiled to the period for year-to-date counts.';
    EXEC sp_addextendedproperty 'MS_Description', @description135, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'Target';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description136 AS sql_variant;
    SET @description136 = N'When it was computed (UTC).';
    EXEC sp_addextendedproperty 'MS_Description', @description136, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'RefreshedAtUtc';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description137 AS sql_variant;
    SET @description137 = N'Green, Amber or Red against the target, as if final.';
    EXEC sp_addextendedproperty 'MS_Description', @description137, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'Rag';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description138 AS sql_variant;
    SET @description138 = N'The previous period''s value.';
    EXEC sp_addextendedproperty 'MS_Description', @description138, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'PreviousValue';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description139 AS sql_variant;
    SET @description139 = N'The period (Dimension.Period).';
    EXEC sp_addextendedproperty 'MS_Description', @description139, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'PeriodKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description140 AS sql_variant;
    SET @description140 = N'The unit (Dimension.OrganisationUnit).';
    EXEC sp_addextendedproperty 'MS_Description', @description140, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'OrgUnitKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description141 AS sql_variant;
    SET @description141 = N'The count, or the percentage''s numerator.';
    EXEC sp_addextendedproperty 'MS_Description', @description141, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'Numerator';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description142 AS sql_variant;
    SET @description142 = N'Why the value is not available, in words for the reader.';
    EXEC sp_addextendedproperty 'MS_Description', @description142, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'NotAvailableReason';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description143 AS sql_variant;
    SET @description143 = N'The measure (Dimension.Measure).';
    EXEC sp_addextendedproperty 'MS_Description', @description143, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'MeasureCode';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description144 AS sql_variant;
    SET @description144 = N'The newest load batch it was computed from.';
    EXEC sp_addextendedproperty 'MS_Description', @description144, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description145 AS sql_variant;
    SET @description145 = N'The same period last year''s value.';
    EXEC sp_addextendedproperty 'MS_Description', @description145, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'LastYearValue';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description146 AS sql_variant;
    SET @description146 = N'A count of 1 to 5, or a percentage built on one.';
    EXEC sp_addextendedproperty 'MS_Description', @description146, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'IsSmallNumber';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description147 AS sql_variant;
    SET @description147 = N'Later records can still change the value (the data does not reach the period end plus the settling window).';
    EXEC sp_addextendedproperty 'MS_Description', @description147, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'IsProvisional';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description148 AS sql_variant;
    SET @description148 = N'False when the data loaded cannot express what the measure needs for this period (a table never loaded, or records from a source that does not record a field): not available from this source, never 0; no value, target, RAG or direction.';
    EXEC sp_addextendedproperty 'MS_Description', @description148, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'IsAvailable';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description149 AS sql_variant;
    SET @description149 = N'Direction against the previous period (empty for year-to-date counts).';
    EXEC sp_addextendedproperty 'MS_Description', @description149, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'DirectionVsPrevious';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description150 AS sql_variant;
    SET @description150 = N'Direction against the same period last year.';
    EXEC sp_addextendedproperty 'MS_Description', @description150, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'DirectionVsLastYear';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description151 AS sql_variant;
    SET @description151 = N'The percentage''s denominator; empty for counts.';
    EXEC sp_addextendedproperty 'MS_Description', @description151, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'Denominator';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description152 AS sql_variant;
    SET @description152 = N'All, or the band, sex, group or grade.';
    EXEC sp_addextendedproperty 'MS_Description', @description152, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'BreakdownValue';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description153 AS sql_variant;
    SET @description153 = N'All, AgeBand, Sex, EthnicityGroup, or AuditGrade:<section> for QA02.';
    EXEC sp_addextendedproperty 'MS_Description', @description153, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'BreakdownKind';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description154 AS sql_variant;
    SET @description154 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description154, 'SCHEMA', N'Fact', 'TABLE', N'MeasureValue', 'COLUMN', N'MeasureValueKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description155 AS sql_variant;
    SET @description155 = N'How many values were written.';
    EXEC sp_addextendedproperty 'MS_Description', @description155, 'SCHEMA', N'Integration', 'TABLE', N'MeasureRefresh', 'COLUMN', N'ValuesWritten';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description156 AS sql_variant;
    SET @description156 = N'The newest load batch it includes.';
    EXEC sp_addextendedproperty 'MS_Description', @description156, 'SCHEMA', N'Integration', 'TABLE', N'MeasureRefresh', 'COLUMN', N'UpToBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description157 AS sql_variant;
    SET @description157 = N'SHA-256 of the targets file used: a changed file means every RAG is redone.';
    EXEC sp_addextendedproperty 'MS_Description', @description157, 'SCHEMA', N'Integration', 'TABLE', N'MeasureRefresh', 'COLUMN', N'TargetsHash';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description158 AS sql_variant;
    SET @description158 = N'When it started (UTC).';
    EXEC sp_addextendedproperty 'MS_Description', @description158, 'SCHEMA', N'Integration', 'TABLE', N'MeasureRefresh', 'COLUMN', N'StartedAtUtc';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description159 AS sql_variant;
    SET @description159 = N'Periods ending on or after this date were recomputed (empty: all).';
    EXEC sp_addextendedproperty 'MS_Description', @description159, 'SCHEMA', N'Integration', 'TABLE', N'MeasureRefresh', 'COLUMN', N'RecomputedFrom';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description160 AS sql_variant;
    SET @description160 = N'How many periods were recomputed.';
    EXEC sp_addextendedproperty 'MS_Description', @description160, 'SCHEMA', N'Integration', 'TABLE', N'MeasureRefresh', 'COLUMN', N'PeriodsRecomputed';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description161 AS sql_variant;
    SET @description161 = N'What the refresh did, in words.';
    EXEC sp_addextendedproperty 'MS_Description', @description161, 'SCHEMA', N'Integration', 'TABLE', N'MeasureRefresh', 'COLUMN', N'Message';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description162 AS sql_variant;
    SET @description162 = N'Full or Incremental.';
    EXEC sp_addextendedproperty 'MS_Description', @description162, 'SCHEMA', N'Integration', 'TABLE', N'MeasureRefresh', 'COLUMN', N'Kind';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description163 AS sql_variant;
    SET @description163 = N'When it finished (UTC).';
    EXEC sp_addextendedproperty 'MS_Description', @description163, 'SCHEMA', N'Integration', 'TABLE', N'MeasureRefresh', 'COLUMN', N'FinishedAtUtc';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description164 AS sql_variant;
    SET @description164 = N'Refresh number.';
    EXEC sp_addextendedproperty 'MS_Description', @description164, 'SCHEMA', N'Integration', 'TABLE', N'MeasureRefresh', 'COLUMN', N'MeasureRefreshId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    ALTER TABLE [Integration].[MeasureRefresh] ADD [DataAsOf] date NULL;
    DECLARE @description165 AS sql_variant;
    SET @description165 = N'The latest business date in the data (not after the day of the refresh): provisional values are judged by it.';
    EXEC sp_addextendedproperty 'MS_Description', @description165, 'SCHEMA', N'Integration', 'TABLE', N'MeasureRefresh', 'COLUMN', N'DataAsOf';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description166 AS sql_variant;
    SET @description166 = N'Count or Percentage.';
    EXEC sp_addextendedproperty 'MS_Description', @description166, 'SCHEMA', N'Dimension', 'TABLE', N'Measure', 'COLUMN', N'Unit';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description167 AS sql_variant;
    SET @description167 = N'Where the definition comes from.';
    EXEC sp_addextendedproperty 'MS_Description', @description167, 'SCHEMA', N'Dimension', 'TABLE', N'Measure', 'COLUMN', N'Source';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description168 AS sql_variant;
    SET @description168 = N'Order on the scorecard.';
    EXEC sp_addextendedproperty 'MS_Description', @description168, 'SCHEMA', N'Dimension', 'TABLE', N'Measure', 'COLUMN', N'SortOrder';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description169 AS sql_variant;
    SET @description169 = N'Days after a period ends in which later records can still change its value (0: final when the period ends).';
    EXEC sp_addextendedproperty 'MS_Description', @description169, 'SCHEMA', N'Dimension', 'TABLE', N'Measure', 'COLUMN', N'SettlesAfterDays';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description170 AS sql_variant;
    SET @description170 = N'Extract tables the measure needs.';
    EXEC sp_addextendedproperty 'MS_Description', @description170, 'SCHEMA', N'Dimension', 'TABLE', N'Measure', 'COLUMN', N'RequiredTables';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description171 AS sql_variant;
    SET @description171 = N'HigherIsBetter, LowerIsBetter or Context (no RAG).';
    EXEC sp_addextendedproperty 'MS_Description', @description171, 'SCHEMA', N'Dimension', 'TABLE', N'Measure', 'COLUMN', N'Polarity';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description172 AS sql_variant;
    SET @description172 = N'What the numerator (or the count) counts.';
    EXEC sp_addextendedproperty 'MS_Description', @description172, 'SCHEMA', N'Dimension', 'TABLE', N'Measure', 'COLUMN', N'NumeratorDefinition';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description173 AS sql_variant;
    SET @description173 = N'The measure''s name, the same in every output.';
    EXEC sp_addextendedproperty 'MS_Description', @description173, 'SCHEMA', N'Dimension', 'TABLE', N'Measure', 'COLUMN', N'Name';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description174 AS sql_variant;
    SET @description174 = N'False when a table it needs was never loaded: not available, never zero.';
    EXEC sp_addextendedproperty 'MS_Description', @description174, 'SCHEMA', N'Dimension', 'TABLE', N'Measure', 'COLUMN', N'IsAvailable';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description175 AS sql_variant;
    SET @description175 = N'What the measure shows, in plain words.';
    EXEC sp_addextendedproperty 'MS_Description', @description175, 'SCHEMA', N'Dimension', 'TABLE', N'Measure', 'COLUMN', N'Description';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description176 AS sql_variant;
    SET @description176 = N'What the denominator counts; empty for counts.';
    EXEC sp_addextendedproperty 'MS_Description', @description176, 'SCHEMA', N'Dimension', 'TABLE', N'Measure', 'COLUMN', N'DenominatorDefinition';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description177 AS sql_variant;
    SET @description177 = N'What one unit is: Child, Family, Episode, Audit...';
    EXEC sp_addextendedproperty 'MS_Description', @description177, 'SCHEMA', N'Dimension', 'TABLE', N'Measure', 'COLUMN', N'CountingUnit';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description178 AS sql_variant;
    SET @description178 = N'Breakdowns beyond organisation unit.';
    EXEC sp_addextendedproperty 'MS_Description', @description178, 'SCHEMA', N'Dimension', 'TABLE', N'Measure', 'COLUMN', N'Breakdowns';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description179 AS sql_variant;
    SET @description179 = N'Why the measure is not available.';
    EXEC sp_addextendedproperty 'MS_Description', @description179, 'SCHEMA', N'Dimension', 'TABLE', N'Measure', 'COLUMN', N'AvailabilityNote';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description180 AS sql_variant;
    SET @description180 = N'Catalogue code, e.g. EH07.';
    EXEC sp_addextendedproperty 'MS_Description', @description180, 'SCHEMA', N'Dimension', 'TABLE', N'Measure', 'COLUMN', N'MeasureCode';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description181 AS sql_variant;
    SET @description181 = N'Date the episode started.';
    EXEC sp_addextendedproperty 'MS_Description', @description181, 'SCHEMA', N'Fact', 'TABLE', N'LookedAfterEpisode', 'COLUMN', N'StartDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description182 AS sql_variant;
    SET @description182 = N'The child (Dimension.Person).';
    EXEC sp_addextendedproperty 'MS_Description', @description182, 'SCHEMA', N'Fact', 'TABLE', N'LookedAfterEpisode', 'COLUMN', N'PersonKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description183 AS sql_variant;
    SET @description183 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description183, 'SCHEMA', N'Fact', 'TABLE', N'LookedAfterEpisode', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description184 AS sql_variant;
    SET @description184 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description184, 'SCHEMA', N'Fact', 'TABLE', N'LookedAfterEpisode', 'COLUMN', N'EpisodeId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description185 AS sql_variant;
    SET @description185 = N'Why it ceased (code list LookedAfterEndReason).';
    EXEC sp_addextendedproperty 'MS_Description', @description185, 'SCHEMA', N'Fact', 'TABLE', N'LookedAfterEpisode', 'COLUMN', N'EndReasonCode';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description186 AS sql_variant;
    SET @description186 = N'Date it ceased; empty while looked after.';
    EXEC sp_addextendedproperty 'MS_Description', @description186, 'SCHEMA', N'Fact', 'TABLE', N'LookedAfterEpisode', 'COLUMN', N'EndDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description187 AS sql_variant;
    SET @description187 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description187, 'SCHEMA', N'Fact', 'TABLE', N'LookedAfterEpisode', 'COLUMN', N'EpisodeKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description188 AS sql_variant;
    SET @description188 = N'The value as it may be shown: identifiers pseudonymised, dates of birth and long text withheld.';
    EXEC sp_addextendedproperty 'MS_Description', @description188, 'SCHEMA', N'Integration', 'TABLE', N'LoadWarning', 'COLUMN', N'Value';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description189 AS sql_variant;
    SET @description189 = N'Rows with this value.';
    EXEC sp_addextendedproperty 'MS_Description', @description189, 'SCHEMA', N'Integration', 'TABLE', N'LoadWarning', 'COLUMN', N'Rows';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description190 AS sql_variant;
    SET @description190 = N'What happened, in words.';
    EXEC sp_addextendedproperty 'MS_Description', @description190, 'SCHEMA', N'Integration', 'TABLE', N'LoadWarning', 'COLUMN', N'Message';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description191 AS sql_variant;
    SET @description191 = N'The load (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description191, 'SCHEMA', N'Integration', 'TABLE', N'LoadWarning', 'COLUMN', N'LoadBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description192 AS sql_variant;
    SET @description192 = N'What was odd: unknown code, placeholder, placeholder date, too long, not a date...';
    EXEC sp_addextendedproperty 'MS_Description', @description192, 'SCHEMA', N'Integration', 'TABLE', N'LoadWarning', 'COLUMN', N'Kind';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description193 AS sql_variant;
    SET @description193 = N'Physical line of the first such row (the header is line 1); empty for a whole file.';
    EXEC sp_addextendedproperty 'MS_Description', @description193, 'SCHEMA', N'Integration', 'TABLE', N'LoadWarning', 'COLUMN', N'FirstLine';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description194 AS sql_variant;
    SET @description194 = N'The file.';
    EXEC sp_addextendedproperty 'MS_Description', @description194, 'SCHEMA', N'Integration', 'TABLE', N'LoadWarning', 'COLUMN', N'FileName';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description195 AS sql_variant;
    SET @description195 = N'The column; empty for what concerns a whole file.';
    EXEC sp_addextendedproperty 'MS_Description', @description195, 'SCHEMA', N'Integration', 'TABLE', N'LoadWarning', 'COLUMN', N'ColumnName';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description196 AS sql_variant;
    SET @description196 = N'The mapping list the value belongs to, when a mapping file line would fix it.';
    EXEC sp_addextendedproperty 'MS_Description', @description196, 'SCHEMA', N'Integration', 'TABLE', N'LoadWarning', 'COLUMN', N'CodeList';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description197 AS sql_variant;
    SET @description197 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description197, 'SCHEMA', N'Integration', 'TABLE', N'LoadWarning', 'COLUMN', N'LoadWarningId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description198 AS sql_variant;
    SET @description198 = N'Rows loaded with at least one optional field treated as unknown.';
    EXEC sp_addextendedproperty 'MS_Description', @description198, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatchTable', 'COLUMN', N'RowsWithWarnings';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description199 AS sql_variant;
    SET @description199 = N'Rows that changed a record already there.';
    EXEC sp_addextendedproperty 'MS_Description', @description199, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatchTable', 'COLUMN', N'RowsUpdated';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description200 AS sql_variant;
    SET @description200 = N'Rows identical to what was there.';
    EXEC sp_addextendedproperty 'MS_Description', @description200, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatchTable', 'COLUMN', N'RowsUnchanged';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description201 AS sql_variant;
    SET @description201 = N'Rows not loaded.';
    EXEC sp_addextendedproperty 'MS_Description', @description201, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatchTable', 'COLUMN', N'RowsRejected';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description202 AS sql_variant;
    SET @description202 = N'Rows read: loaded plus rejected.';
    EXEC sp_addextendedproperty 'MS_Description', @description202, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatchTable', 'COLUMN', N'RowsRead';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description203 AS sql_variant;
    SET @description203 = N'Rows new to the warehouse.';
    EXEC sp_addextendedproperty 'MS_Description', @description203, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatchTable', 'COLUMN', N'RowsInserted';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description204 AS sql_variant;
    SET @description204 = N'Records of this table missing from the file, a full snapshot of its window: moved to Integration.DeletedRecord.';
    EXEC sp_addextendedproperty 'MS_Description', @description204, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatchTable', 'COLUMN', N'RowsDeleted';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description205 AS sql_variant;
    SET @description205 = N'Columns read under an older SSD name.';
    EXEC sp_addextendedproperty 'MS_Description', @description205, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatchTable', 'COLUMN', N'RenamedColumns';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description206 AS sql_variant;
    SET @description206 = N'Properties this file''s form cannot record (a SystemC contact outcome has no early help flag): measures that need them are not available from this source for the periods its rows fall in.';
    EXEC sp_addextendedproperty 'MS_Description', @description206, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatchTable', 'COLUMN', N'NotExpressed';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description207 AS sql_variant;
    SET @description207 = N'Columns in the file that the contract does not know.';
    EXEC sp_addextendedproperty 'MS_Description', @description207, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatchTable', 'COLUMN', N'IgnoredColumns';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description208 AS sql_variant;
    SET @description208 = N'The file it came from.';
    EXEC sp_addextendedproperty 'MS_Description', @description208, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatchTable', 'COLUMN', N'FileName';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description209 AS sql_variant;
    SET @description209 = N'The earliest business date the load changed: periods ending before it (less the longest backward window) need no recomputing.';
    EXEC sp_addextendedproperty 'MS_Description', @description209, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatchTable', 'COLUMN', N'EarliestAffectedDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description210 AS sql_variant;
    SET @description210 = N'Optional contract columns the file lacked: their stored values were kept, not erased.';
    EXEC sp_addextendedproperty 'MS_Description', @description210, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatchTable', 'COLUMN', N'AbsentColumns';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description211 AS sql_variant;
    SET @description211 = N'The extract table, e.g. ssd_contacts.';
    EXEC sp_addextendedproperty 'MS_Description', @description211, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatchTable', 'COLUMN', N'TableName';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description212 AS sql_variant;
    SET @description212 = N'The load (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description212, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatchTable', 'COLUMN', N'LoadBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description213 AS sql_variant;
    SET @description213 = N'SSD files in the extract that are not read (addresses, disabilities...).';
    EXEC sp_addextendedproperty 'MS_Description', @description213, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch', 'COLUMN', N'UnreadFiles';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description214 AS sql_variant;
    SET @description214 = N'Running, Succeeded or Failed (a load that would change nothing keeps no batch).';
    EXEC sp_addextendedproperty 'MS_Description', @description214, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch', 'COLUMN', N'Status';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description215 AS sql_variant;
    SET @description215 = N'When the load started (UTC).';
    EXEC sp_addextendedproperty 'MS_Description', @description215, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch', 'COLUMN', N'StartedAtUtc';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description216 AS sql_variant;
    SET @description216 = N'The case-system shape recognised (SystemC, Eclipse, Mosaic, Scorecard), and why.';
    EXEC sp_addextendedproperty 'MS_Description', @description216, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch', 'COLUMN', N'SourceShape';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description217 AS sql_variant;
    SET @description217 = N'The SSD release the extract''s column names belong to, when they say.';
    EXEC sp_addextendedproperty 'MS_Description', @description217, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch', 'COLUMN', N'SourceRelease';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description218 AS sql_variant;
    SET @description218 = N'The folder or file loaded.';
    EXEC sp_addextendedproperty 'MS_Description', @description218, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch', 'COLUMN', N'SourceName';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description219 AS sql_variant;
    SET @description219 = N'"SSD extract", "Annex A", "CIN census".';
    EXEC sp_addextendedproperty 'MS_Description', @description219, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch', 'COLUMN', N'SourceKind';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description220 AS sql_variant;
    SET @description220 = N'Rows loaded with at least one optional field treated as unknown (they are among the loaded rows; Integration.LoadWarning says which).';
    EXEC sp_addextendedproperty 'MS_Description', @description220, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch', 'COLUMN', N'RowsWithWarnings';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description221 AS sql_variant;
    SET @description221 = N'Rows that changed a record already there.';
    EXEC sp_addextendedproperty 'MS_Description', @description221, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch', 'COLUMN', N'RowsUpdated';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description222 AS sql_variant;
    SET @description222 = N'Rows identical to what was there.';
    EXEC sp_addextendedproperty 'MS_Description', @description222, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch', 'COLUMN', N'RowsUnchanged';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description223 AS sql_variant;
    SET @description223 = N'Rows not loaded (Integration.Reject says why).';
    EXEC sp_addextendedproperty 'MS_Description', @description223, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch', 'COLUMN', N'RowsRejected';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description224 AS sql_variant;
    SET @description224 = N'Rows read: loaded plus rejected.';
    EXEC sp_addextendedproperty 'MS_Description', @description224, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch', 'COLUMN', N'RowsRead';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description225 AS sql_variant;
    SET @description225 = N'Rows new to the warehouse.';
    EXEC sp_addextendedproperty 'MS_Description', @description225, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch', 'COLUMN', N'RowsInserted';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description226 AS sql_variant;
    SET @description226 = N'Records this load found deleted at source (missing from a full snapshot), with the records that belonged to them (Integration.DeletedRecord).';
    EXEC sp_addextendedproperty 'MS_Description', @description226, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch', 'COLUMN', N'RowsDeleted';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description227 AS sql_variant;
    SET @description227 = N'What happened, in words.';
    EXEC sp_addextendedproperty 'MS_Description', @description227, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch', 'COLUMN', N'Message';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description228 AS sql_variant;
    SET @description228 = N'When it finished (UTC).';
    EXEC sp_addextendedproperty 'MS_Description', @description228, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch', 'COLUMN', N'FinishedAtUtc';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description229 AS sql_variant;
    SET @description229 = N'SHA-256 over the extract''s files (names and contents).';
    EXEC sp_addextendedproperty 'MS_Description', @description229, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch', 'COLUMN', N'FileHash';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description230 AS sql_variant;
    SET @description230 = N'Batch number, in load order.';
    EXEC sp_addextendedproperty 'MS_Description', @description230, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatch', 'COLUMN', N'LoadBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description231 AS sql_variant;
    SET @description231 = N'The organisation''s name.';
    EXEC sp_addextendedproperty 'MS_Description', @description231, 'SCHEMA', N'Dimension', 'TABLE', N'LeadOrganisation', 'COLUMN', N'Name';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description232 AS sql_variant;
    SET @description232 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description232, 'SCHEMA', N'Dimension', 'TABLE', N'LeadOrganisation', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description233 AS sql_variant;
    SET @description233 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description233, 'SCHEMA', N'Dimension', 'TABLE', N'LeadOrganisation', 'COLUMN', N'LeadOrganisationKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description234 AS sql_variant;
    SET @description234 = N'Date the involvement started.';
    EXEC sp_addextendedproperty 'MS_Description', @description234, 'SCHEMA', N'Fact', 'TABLE', N'Involvement', 'COLUMN', N'StartDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description235 AS sql_variant;
    SET @description235 = N'The case system''s kind of involvement.';
    EXEC sp_addextendedproperty 'MS_Description', @description235, 'SCHEMA', N'Fact', 'TABLE', N'Involvement', 'COLUMN', N'RoleCode';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description236 AS sql_variant;
    SET @description236 = N'The referral it belongs to (Fact.SocialCareReferral).';
    EXEC sp_addextendedproperty 'MS_Description', @description236, 'SCHEMA', N'Fact', 'TABLE', N'Involvement', 'COLUMN', N'ReferralKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description237 AS sql_variant;
    SET @description237 = N'The worker (Dimension.Professional).';
    EXEC sp_addextendedproperty 'MS_Description', @description237, 'SCHEMA', N'Fact', 'TABLE', N'Involvement', 'COLUMN', N'ProfessionalKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description238 AS sql_variant;
    SET @description238 = N'The child (Dimension.Person); taken from the referral when the extract names none.';
    EXEC sp_addextendedproperty 'MS_Description', @description238, 'SCHEMA', N'Fact', 'TABLE', N'Involvement', 'COLUMN', N'PersonKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description239 AS sql_variant;
    SET @description239 = N'The worker''s team (Dimension.OrganisationUnit).';
    EXEC sp_addextendedproperty 'MS_Description', @description239, 'SCHEMA', N'Fact', 'TABLE', N'Involvement', 'COLUMN', N'OrgUnitKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description240 AS sql_variant;
    SET @description240 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description240, 'SCHEMA', N'Fact', 'TABLE', N'Involvement', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description241 AS sql_variant;
    SET @description241 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description241, 'SCHEMA', N'Fact', 'TABLE', N'Involvement', 'COLUMN', N'InvolvementId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description242 AS sql_variant;
    SET @description242 = N'Date it ended; empty while open.';
    EXEC sp_addextendedproperty 'MS_Description', @description242, 'SCHEMA', N'Fact', 'TABLE', N'Involvement', 'COLUMN', N'EndDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description243 AS sql_variant;
    SET @description243 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description243, 'SCHEMA', N'Fact', 'TABLE', N'Involvement', 'COLUMN', N'InvolvementKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description244 AS sql_variant;
    SET @description244 = N'The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.';
    EXEC sp_addextendedproperty 'MS_Description', @description244, 'SCHEMA', N'Fact', 'TABLE', N'FamilyProgrammeAttachment', 'COLUMN', N'OrgUnitKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description245 AS sql_variant;
    SET @description245 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description245, 'SCHEMA', N'Fact', 'TABLE', N'FamilyProgrammeAttachment', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description246 AS sql_variant;
    SET @description246 = N'The family (Dimension.Family).';
    EXEC sp_addextendedproperty 'MS_Description', @description246, 'SCHEMA', N'Fact', 'TABLE', N'FamilyProgrammeAttachment', 'COLUMN', N'FamilyKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description247 AS sql_variant;
    SET @description247 = N'SUCCESSFUL, REJECTED, or empty while no claim is made.';
    EXEC sp_addextendedproperty 'MS_Description', @description247, 'SCHEMA', N'Fact', 'TABLE', N'FamilyProgrammeAttachment', 'COLUMN', N'ClaimOutcome';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description248 AS sql_variant;
    SET @description248 = N'Date of the payment-by-results claim.';
    EXEC sp_addextendedproperty 'MS_Description', @description248, 'SCHEMA', N'Fact', 'TABLE', N'FamilyProgrammeAttachment', 'COLUMN', N'ClaimDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description249 AS sql_variant;
    SET @description249 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description249, 'SCHEMA', N'Fact', 'TABLE', N'FamilyProgrammeAttachment', 'COLUMN', N'AttachmentId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description250 AS sql_variant;
    SET @description250 = N'Date the family was attached.';
    EXEC sp_addextendedproperty 'MS_Description', @description250, 'SCHEMA', N'Fact', 'TABLE', N'FamilyProgrammeAttachment', 'COLUMN', N'AttachedDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description251 AS sql_variant;
    SET @description251 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description251, 'SCHEMA', N'Fact', 'TABLE', N'FamilyProgrammeAttachment', 'COLUMN', N'AttachmentKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description252 AS sql_variant;
    SET @description252 = N'The member (Dimension.Person).';
    EXEC sp_addextendedproperty 'MS_Description', @description252, 'SCHEMA', N'Dimension', 'TABLE', N'FamilyMember', 'COLUMN', N'PersonKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description253 AS sql_variant;
    SET @description253 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description253, 'SCHEMA', N'Dimension', 'TABLE', N'FamilyMember', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description254 AS sql_variant;
    SET @description254 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description254, 'SCHEMA', N'Dimension', 'TABLE', N'FamilyMember', 'COLUMN', N'FamilyMemberId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description255 AS sql_variant;
    SET @description255 = N'The family (Dimension.Family).';
    EXEC sp_addextendedproperty 'MS_Description', @description255, 'SCHEMA', N'Dimension', 'TABLE', N'FamilyMember', 'COLUMN', N'FamilyKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description256 AS sql_variant;
    SET @description256 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description256, 'SCHEMA', N'Dimension', 'TABLE', N'FamilyMember', 'COLUMN', N'FamilyMemberKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description257 AS sql_variant;
    SET @description257 = N'The family said yes.';
    EXEC sp_addextendedproperty 'MS_Description', @description257, 'SCHEMA', N'Fact', 'TABLE', N'FamilyFeedback', 'COLUMN', N'TimelyAndHelpful';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description258 AS sql_variant;
    SET @description258 = N'Date of the response.';
    EXEC sp_addextendedproperty 'MS_Description', @description258, 'SCHEMA', N'Fact', 'TABLE', N'FamilyFeedback', 'COLUMN', N'ResponseDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description259 AS sql_variant;
    SET @description259 = N'The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.';
    EXEC sp_addextendedproperty 'MS_Description', @description259, 'SCHEMA', N'Fact', 'TABLE', N'FamilyFeedback', 'COLUMN', N'OrgUnitKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description260 AS sql_variant;
    SET @description260 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description260, 'SCHEMA', N'Fact', 'TABLE', N'FamilyFeedback', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description261 AS sql_variant;
    SET @description261 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description261, 'SCHEMA', N'Fact', 'TABLE', N'FamilyFeedback', 'COLUMN', N'FeedbackId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description262 AS sql_variant;
    SET @description262 = N'The family (Dimension.Family).';
    EXEC sp_addextendedproperty 'MS_Description', @description262, 'SCHEMA', N'Fact', 'TABLE', N'FamilyFeedback', 'COLUMN', N'FamilyKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description263 AS sql_variant;
    SET @description263 = N'The early help episode (Fact.EarlyHelpEpisode).';
    EXEC sp_addextendedproperty 'MS_Description', @description263, 'SCHEMA', N'Fact', 'TABLE', N'FamilyFeedback', 'COLUMN', N'EpisodeKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description264 AS sql_variant;
    SET @description264 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description264, 'SCHEMA', N'Fact', 'TABLE', N'FamilyFeedback', 'COLUMN', N'FeedbackKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description265 AS sql_variant;
    SET @description265 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description265, 'SCHEMA', N'Dimension', 'TABLE', N'Family', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description266 AS sql_variant;
    SET @description266 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description266, 'SCHEMA', N'Dimension', 'TABLE', N'Family', 'COLUMN', N'FamilyId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description267 AS sql_variant;
    SET @description267 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description267, 'SCHEMA', N'Dimension', 'TABLE', N'Family', 'COLUMN', N'FamilyKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description268 AS sql_variant;
    SET @description268 = N'True when the load worked the team out (from ssd_involvements, or an organisation that is a team) rather than the extract giving it.';
    EXEC sp_addextendedproperty 'MS_Description', @description268, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode', 'COLUMN', N'TeamDerived';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description269 AS sql_variant;
    SET @description269 = N'Start date as yyyymmdd.';
    EXEC sp_addextendedproperty 'MS_Description', @description269, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode', 'COLUMN', N'StartDateKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description270 AS sql_variant;
    SET @description270 = N'Date the episode started.';
    EXEC sp_addextendedproperty 'MS_Description', @description270, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode', 'COLUMN', N'StartDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description271 AS sql_variant;
    SET @description271 = N'Date of the referral to early help.';
    EXEC sp_addextendedproperty 'MS_Description', @description271, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode', 'COLUMN', N'ReferralDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description272 AS sql_variant;
    SET @description272 = N'Why early help was offered, in the case system''s words.';
    EXEC sp_addextendedproperty 'MS_Description', @description272, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode', 'COLUMN', N'Reason';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description273 AS sql_variant;
    SET @description273 = N'The lead worker.';
    EXEC sp_addextendedproperty 'MS_Description', @description273, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode', 'COLUMN', N'ProfessionalKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description274 AS sql_variant;
    SET @description274 = N'The child (Dimension.Person).';
    EXEC sp_addextendedproperty 'MS_Description', @description274, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode', 'COLUMN', N'PersonKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description275 AS sql_variant;
    SET @description275 = N'The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.';
    EXEC sp_addextendedproperty 'MS_Description', @description275, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode', 'COLUMN', N'OrgUnitKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description276 AS sql_variant;
    SET @description276 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description276, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description277 AS sql_variant;
    SET @description277 = N'SINGLE agency, TAF (multi-agency) or TARGETED support.';
    EXEC sp_addextendedproperty 'MS_Description', @description277, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode', 'COLUMN', N'LevelCode';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description278 AS sql_variant;
    SET @description278 = N'The lead professional''s organisation.';
    EXEC sp_addextendedproperty 'MS_Description', @description278, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode', 'COLUMN', N'LeadOrganisationKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description279 AS sql_variant;
    SET @description279 = N'The family (Dimension.Family).';
    EXEC sp_addextendedproperty 'MS_Description', @description279, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode', 'COLUMN', N'FamilyKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description280 AS sql_variant;
    SET @description280 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description280, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode', 'COLUMN', N'EpisodeId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description281 AS sql_variant;
    SET @description281 = N'Why it ended (code list EarlyHelpEndReason; SU is a step-up to social care).';
    EXEC sp_addextendedproperty 'MS_Description', @description281, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode', 'COLUMN', N'EndReasonCode';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description282 AS sql_variant;
    SET @description282 = N'End date as yyyymmdd.';
    EXEC sp_addextendedproperty 'MS_Description', @description282, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode', 'COLUMN', N'EndDateKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description283 AS sql_variant;
    SET @description283 = N'Date the episode ended; empty while open.';
    EXEC sp_addextendedproperty 'MS_Description', @description283, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode', 'COLUMN', N'EndDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description284 AS sql_variant;
    SET @description284 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description284, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode', 'COLUMN', N'EpisodeKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description285 AS sql_variant;
    SET @description285 = N'Date the assessment started.';
    EXEC sp_addextendedproperty 'MS_Description', @description285, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpAssessment', 'COLUMN', N'StartDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description286 AS sql_variant;
    SET @description286 = N'The child (Dimension.Person).';
    EXEC sp_addextendedproperty 'MS_Description', @description286, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpAssessment', 'COLUMN', N'PersonKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description287 AS sql_variant;
    SET @description287 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description287, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpAssessment', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description288 AS sql_variant;
    SET @description288 = N'The organisation that completed it.';
    EXEC sp_addextendedproperty 'MS_Description', @description288, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpAssessment', 'COLUMN', N'LeadOrganisationKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description289 AS sql_variant;
    SET @description289 = N'The early help episode (Fact.EarlyHelpEpisode).';
    EXEC sp_addextendedproperty 'MS_Description', @description289, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpAssessment', 'COLUMN', N'EpisodeKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description290 AS sql_variant;
    SET @description290 = N'Completed date as yyyymmdd.';
    EXEC sp_addextendedproperty 'MS_Description', @description290, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpAssessment', 'COLUMN', N'CompletedDateKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description291 AS sql_variant;
    SET @description291 = N'Date it was completed; empty until then.';
    EXEC sp_addextendedproperty 'MS_Description', @description291, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpAssessment', 'COLUMN', N'CompletedDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description292 AS sql_variant;
    SET @description292 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description292, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpAssessment', 'COLUMN', N'AssessmentId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description293 AS sql_variant;
    SET @description293 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description293, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpAssessment', 'COLUMN', N'AssessmentKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description294 AS sql_variant;
    SET @description294 = N'The extract table the record came from, e.g. ssd_contacts.';
    EXEC sp_addextendedproperty 'MS_Description', @description294, 'SCHEMA', N'Integration', 'TABLE', N'DeletedRecord', 'COLUMN', N'TableName';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description295 AS sql_variant;
    SET @description295 = N'Its surrogate key in the fact table it left.';
    EXEC sp_addextendedproperty 'MS_Description', @description295, 'SCHEMA', N'Integration', 'TABLE', N'DeletedRecord', 'COLUMN', N'RecordKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description296 AS sql_variant;
    SET @description296 = N'Its natural key as stored (a pseudonym; "id|section" for case audits).';
    EXEC sp_addextendedproperty 'MS_Description', @description296, 'SCHEMA', N'Integration', 'TABLE', N'DeletedRecord', 'COLUMN', N'RecordId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description297 AS sql_variant;
    SET @description297 = N'Every column of the stored row, as JSON, as it was when deleted.';
    EXEC sp_addextendedproperty 'MS_Description', @description297, 'SCHEMA', N'Integration', 'TABLE', N'DeletedRecord', 'COLUMN', N'Record';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description298 AS sql_variant;
    SET @description298 = N'Why it was taken out.';
    EXEC sp_addextendedproperty 'MS_Description', @description298, 'SCHEMA', N'Integration', 'TABLE', N'DeletedRecord', 'COLUMN', N'Reason';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description299 AS sql_variant;
    SET @description299 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description299, 'SCHEMA', N'Integration', 'TABLE', N'DeletedRecord', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description300 AS sql_variant;
    SET @description300 = N'The date that placed it in the snapshot window (or its event date, for a record deleted with another).';
    EXEC sp_addextendedproperty 'MS_Description', @description300, 'SCHEMA', N'Integration', 'TABLE', N'DeletedRecord', 'COLUMN', N'EventDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description301 AS sql_variant;
    SET @description301 = N'The load that found it deleted (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description301, 'SCHEMA', N'Integration', 'TABLE', N'DeletedRecord', 'COLUMN', N'DeletedByBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description302 AS sql_variant;
    SET @description302 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description302, 'SCHEMA', N'Integration', 'TABLE', N'DeletedRecord', 'COLUMN', N'DeletedRecordId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description303 AS sql_variant;
    SET @description303 = N'Month name, e.g. November.';
    EXEC sp_addextendedproperty 'MS_Description', @description303, 'SCHEMA', N'Dimension', 'TABLE', N'Date', 'COLUMN', N'MonthName';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description304 AS sql_variant;
    SET @description304 = N'"2024-11": sorts as text.';
    EXEC sp_addextendedproperty 'MS_Description', @description304, 'SCHEMA', N'Dimension', 'TABLE', N'Date', 'COLUMN', N'MonthLabel';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description305 AS sql_variant;
    SET @description305 = N'Neither a weekend nor a bank holiday: the days working-day windows count.';
    EXEC sp_addextendedproperty 'MS_Description', @description305, 'SCHEMA', N'Dimension', 'TABLE', N'Date', 'COLUMN', N'IsWorkingDay';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description306 AS sql_variant;
    SET @description306 = N'Saturday or Sunday.';
    EXEC sp_addextendedproperty 'MS_Description', @description306, 'SCHEMA', N'Dimension', 'TABLE', N'Date', 'COLUMN', N'IsWeekend';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description307 AS sql_variant;
    SET @description307 = N'A bank holiday in England and Wales (substitute days and one-off holidays included).';
    EXEC sp_addextendedproperty 'MS_Description', @description307, 'SCHEMA', N'Dimension', 'TABLE', N'Date', 'COLUMN', N'IsBankHoliday';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description308 AS sql_variant;
    SET @description308 = N'Calendar year in which the financial year starts (2024 for 2024-25).';
    EXEC sp_addextendedproperty 'MS_Description', @description308, 'SCHEMA', N'Dimension', 'TABLE', N'Date', 'COLUMN', N'FinancialYearStart';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description309 AS sql_variant;
    SET @description309 = N'"2024-25".';
    EXEC sp_addextendedproperty 'MS_Description', @description309, 'SCHEMA', N'Dimension', 'TABLE', N'Date', 'COLUMN', N'FinancialYearLabel';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description310 AS sql_variant;
    SET @description310 = N'"2024-25 Q3".';
    EXEC sp_addextendedproperty 'MS_Description', @description310, 'SCHEMA', N'Dimension', 'TABLE', N'Date', 'COLUMN', N'FinancialQuarterLabel';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description311 AS sql_variant;
    SET @description311 = N'1 = April-June ... 4 = January-March.';
    EXEC sp_addextendedproperty 'MS_Description', @description311, 'SCHEMA', N'Dimension', 'TABLE', N'Date', 'COLUMN', N'FinancialQuarter';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description312 AS sql_variant;
    SET @description312 = N'1 = April ... 12 = March.';
    EXEC sp_addextendedproperty 'MS_Description', @description312, 'SCHEMA', N'Dimension', 'TABLE', N'Date', 'COLUMN', N'FinancialMonth';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description313 AS sql_variant;
    SET @description313 = N'Day of the week, 0 = Sunday.';
    EXEC sp_addextendedproperty 'MS_Description', @description313, 'SCHEMA', N'Dimension', 'TABLE', N'Date', 'COLUMN', N'DayOfWeek';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description314 AS sql_variant;
    SET @description314 = N'The date.';
    EXEC sp_addextendedproperty 'MS_Description', @description314, 'SCHEMA', N'Dimension', 'TABLE', N'Date', 'COLUMN', N'Date';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description315 AS sql_variant;
    SET @description315 = N'Calendar year.';
    EXEC sp_addextendedproperty 'MS_Description', @description315, 'SCHEMA', N'Dimension', 'TABLE', N'Date', 'COLUMN', N'CalendarYear';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description316 AS sql_variant;
    SET @description316 = N'Calendar month, 1 = January.';
    EXEC sp_addextendedproperty 'MS_Description', @description316, 'SCHEMA', N'Dimension', 'TABLE', N'Date', 'COLUMN', N'CalendarMonth';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description317 AS sql_variant;
    SET @description317 = N'The bank holiday''s name.';
    EXEC sp_addextendedproperty 'MS_Description', @description317, 'SCHEMA', N'Dimension', 'TABLE', N'Date', 'COLUMN', N'BankHolidayName';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description318 AS sql_variant;
    SET @description318 = N'The date as the integer yyyymmdd.';
    EXEC sp_addextendedproperty 'MS_Description', @description318, 'SCHEMA', N'Dimension', 'TABLE', N'Date', 'COLUMN', N'DateKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description319 AS sql_variant;
    SET @description319 = N'Who made the contact (code list ContactSource).';
    EXEC sp_addextendedproperty 'MS_Description', @description319, 'SCHEMA', N'Fact', 'TABLE', N'Contact', 'COLUMN', N'SourceCode';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description320 AS sql_variant;
    SET @description320 = N'The child (Dimension.Person).';
    EXEC sp_addextendedproperty 'MS_Description', @description320, 'SCHEMA', N'Fact', 'TABLE', N'Contact', 'COLUMN', N'PersonKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description321 AS sql_variant;
    SET @description321 = N'Outcome codes joined with ''|''.';
    EXEC sp_addextendedproperty 'MS_Description', @description321, 'SCHEMA', N'Fact', 'TABLE', N'Contact', 'COLUMN', N'OutcomeCodes';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description322 AS sql_variant;
    SET @description322 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description322, 'SCHEMA', N'Fact', 'TABLE', N'Contact', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description323 AS sql_variant;
    SET @description323 = N'An outcome is a referral to children''s social care.';
    EXEC sp_addextendedproperty 'MS_Description', @description323, 'SCHEMA', N'Fact', 'TABLE', N'Contact', 'COLUMN', N'IsSocialCareOutcome';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description324 AS sql_variant;
    SET @description324 = N'The outcome is no further action.';
    EXEC sp_addextendedproperty 'MS_Description', @description324, 'SCHEMA', N'Fact', 'TABLE', N'Contact', 'COLUMN', N'IsNoFurtherAction';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description325 AS sql_variant;
    SET @description325 = N'An outcome is information and advice.';
    EXEC sp_addextendedproperty 'MS_Description', @description325, 'SCHEMA', N'Fact', 'TABLE', N'Contact', 'COLUMN', N'IsInformationAndAdvice';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description326 AS sql_variant;
    SET @description326 = N'An outcome is an early help referral.';
    EXEC sp_addextendedproperty 'MS_Description', @description326, 'SCHEMA', N'Fact', 'TABLE', N'Contact', 'COLUMN', N'IsEarlyHelpOutcome';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description327 AS sql_variant;
    SET @description327 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description327, 'SCHEMA', N'Fact', 'TABLE', N'Contact', 'COLUMN', N'ContactId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description328 AS sql_variant;
    SET @description328 = N'Contact date as yyyymmdd (Dimension.Date).';
    EXEC sp_addextendedproperty 'MS_Description', @description328, 'SCHEMA', N'Fact', 'TABLE', N'Contact', 'COLUMN', N'ContactDateKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description329 AS sql_variant;
    SET @description329 = N'Date of the contact.';
    EXEC sp_addextendedproperty 'MS_Description', @description329, 'SCHEMA', N'Fact', 'TABLE', N'Contact', 'COLUMN', N'ContactDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description330 AS sql_variant;
    SET @description330 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description330, 'SCHEMA', N'Fact', 'TABLE', N'Contact', 'COLUMN', N'ContactKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description331 AS sql_variant;
    SET @description331 = N'Order within its list.';
    EXEC sp_addextendedproperty 'MS_Description', @description331, 'SCHEMA', N'Dimension', 'TABLE', N'Code', 'COLUMN', N'SortOrder';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description332 AS sql_variant;
    SET @description332 = N'What the code means.';
    EXEC sp_addextendedproperty 'MS_Description', @description332, 'SCHEMA', N'Dimension', 'TABLE', N'Code', 'COLUMN', N'Label';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description333 AS sql_variant;
    SET @description333 = N'The code as stored in the facts.';
    EXEC sp_addextendedproperty 'MS_Description', @description333, 'SCHEMA', N'Dimension', 'TABLE', N'Code', 'COLUMN', N'Code';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description334 AS sql_variant;
    SET @description334 = N'Which list: ContactSource, EarlyHelpEndReason, CinClosureReason, AuditSection...';
    EXEC sp_addextendedproperty 'MS_Description', @description334, 'SCHEMA', N'Dimension', 'TABLE', N'Code', 'COLUMN', N'CodeSet';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description335 AS sql_variant;
    SET @description335 = N'Date the plan started.';
    EXEC sp_addextendedproperty 'MS_Description', @description335, 'SCHEMA', N'Fact', 'TABLE', N'ChildProtectionPlan', 'COLUMN', N'StartDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description336 AS sql_variant;
    SET @description336 = N'The referral it came from (Fact.SocialCareReferral).';
    EXEC sp_addextendedproperty 'MS_Description', @description336, 'SCHEMA', N'Fact', 'TABLE', N'ChildProtectionPlan', 'COLUMN', N'ReferralKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description337 AS sql_variant;
    SET @description337 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description337, 'SCHEMA', N'Fact', 'TABLE', N'ChildProtectionPlan', 'COLUMN', N'PlanId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description338 AS sql_variant;
    SET @description338 = N'The child (Dimension.Person).';
    EXEC sp_addextendedproperty 'MS_Description', @description338, 'SCHEMA', N'Fact', 'TABLE', N'ChildProtectionPlan', 'COLUMN', N'PersonKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description339 AS sql_variant;
    SET @description339 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description339, 'SCHEMA', N'Fact', 'TABLE', N'ChildProtectionPlan', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description340 AS sql_variant;
    SET @description340 = N'Date the plan ended; empty while open.';
    EXEC sp_addextendedproperty 'MS_Description', @description340, 'SCHEMA', N'Fact', 'TABLE', N'ChildProtectionPlan', 'COLUMN', N'EndDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description341 AS sql_variant;
    SET @description341 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description341, 'SCHEMA', N'Fact', 'TABLE', N'ChildProtectionPlan', 'COLUMN', N'PlanKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description342 AS sql_variant;
    SET @description342 = N'The section graded (code list AuditSection; OVERALL is the overall judgement).';
    EXEC sp_addextendedproperty 'MS_Description', @description342, 'SCHEMA', N'Fact', 'TABLE', N'CaseAudit', 'COLUMN', N'Section';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description343 AS sql_variant;
    SET @description343 = N'The child (Dimension.Person).';
    EXEC sp_addextendedproperty 'MS_Description', @description343, 'SCHEMA', N'Fact', 'TABLE', N'CaseAudit', 'COLUMN', N'PersonKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description344 AS sql_variant;
    SET @description344 = N'The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.';
    EXEC sp_addextendedproperty 'MS_Description', @description344, 'SCHEMA', N'Fact', 'TABLE', N'CaseAudit', 'COLUMN', N'OrgUnitKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description345 AS sql_variant;
    SET @description345 = N'The moderator''s grade where the audit was moderated: the final grade.';
    EXEC sp_addextendedproperty 'MS_Description', @description345, 'SCHEMA', N'Fact', 'TABLE', N'CaseAudit', 'COLUMN', N'ModeratedGrade';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description346 AS sql_variant;
    SET @description346 = N'The load batch that last wrote the row (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description346, 'SCHEMA', N'Fact', 'TABLE', N'CaseAudit', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description347 AS sql_variant;
    SET @description347 = N'The auditor''s grade, 1 to 4.';
    EXEC sp_addextendedproperty 'MS_Description', @description347, 'SCHEMA', N'Fact', 'TABLE', N'CaseAudit', 'COLUMN', N'Grade';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description348 AS sql_variant;
    SET @description348 = N'The early help episode (Fact.EarlyHelpEpisode).';
    EXEC sp_addextendedproperty 'MS_Description', @description348, 'SCHEMA', N'Fact', 'TABLE', N'CaseAudit', 'COLUMN', N'EpisodeKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description349 AS sql_variant;
    SET @description349 = N'The auditor, pseudonymised.';
    EXEC sp_addextendedproperty 'MS_Description', @description349, 'SCHEMA', N'Fact', 'TABLE', N'CaseAudit', 'COLUMN', N'AuditorId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description350 AS sql_variant;
    SET @description350 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description350, 'SCHEMA', N'Fact', 'TABLE', N'CaseAudit', 'COLUMN', N'AuditId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description351 AS sql_variant;
    SET @description351 = N'Date of the audit.';
    EXEC sp_addextendedproperty 'MS_Description', @description351, 'SCHEMA', N'Fact', 'TABLE', N'CaseAudit', 'COLUMN', N'AuditDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    DECLARE @description352 AS sql_variant;
    SET @description352 = N'Surrogate key (one per audit and section).';
    EXEC sp_addextendedproperty 'MS_Description', @description352, 'SCHEMA', N'Fact', 'TABLE', N'CaseAudit', 'COLUMN', N'CaseAuditKey';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    CREATE TABLE [Published].[InternalMeasureValue] (
        [PublishedValueKey] bigint NOT NULL,
        [MeasureCode] nvarchar(200) NOT NULL,
        [MeasureName] nvarchar(200) NOT NULL,
        [Unit] nvarchar(200) NOT NULL,
        [Polarity] nvarchar(200) NOT NULL,
        [MeasureSortOrder] int NOT NULL,
        [PeriodKey] int NOT NULL,
        [PeriodGrain] nvarchar(200) NOT NULL,
        [PeriodLabel] nvarchar(200) NOT NULL,
        [PeriodStart] date NOT NULL,
        [PeriodEnd] date NOT NULL,
        [FinancialYear] nvarchar(200) NOT NULL,
        [PeriodSortOrder] int NOT NULL,
        [PeriodIsComplete] bit NOT NULL,
        [OrgUnitKey] int NOT NULL,
        [OrgUnitId] nvarchar(200) NOT NULL,
        [OrgUnitName] nvarchar(200) NOT NULL,
        [OrgUnitLevel] nvarchar(200) NOT NULL,
        [Locality] nvarchar(200) NULL,
        [BreakdownKind] nvarchar(200) NOT NULL,
        [BreakdownValue] nvarchar(200) NOT NULL,
        [State] nvarchar(200) NOT NULL,
        [Numerator] int NULL,
        [Denominator] int NULL,
        [Value] float NULL,
        [DisplayValue] nvarchar(200) NOT NULL,
        [Target] float NULL,
        [Rag] nvarchar(200) NULL,
        [DirectionVsPrevious] nvarchar(200) NULL,
        [DirectionVsLastYear] nvarchar(200) NULL,
        [PreviousValue] float NULL,
        [LastYearValue] float NULL,
        [IsSmallNumber] bit NOT NULL,
        [IsSuppressed] bit NOT NULL,
        [IsProvisional] bit NOT NULL,
        [SettlesOn] date NULL,
        [Note] nvarchar(1000) NULL,
        [RefreshedAtUtc] datetime2 NOT NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_InternalMeasureValue] PRIMARY KEY ([PublishedValueKey])
    );
    DECLARE @description353 AS sql_variant;
    SET @description353 = N'The published scorecard for staff of the council: nothing withheld. One row per measure, period, organisation unit and breakdown, with names, display text, RAG, direction and provisional state decided at refresh; outputs select from it and decide nothing.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue';
    SET @description353 = N'Key of the cell: the same cell has the same key in every audience''s table.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'PublishedValueKey';
    SET @description353 = N'Catalogue code, e.g. EH07.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'MeasureCode';
    SET @description353 = N'The measure''s name, the same in every output.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'MeasureName';
    SET @description353 = N'Count or Percentage.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'Unit';
    SET @description353 = N'HigherIsBetter, LowerIsBetter or Context.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'Polarity';
    SET @description353 = N'Order on the scorecard.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'MeasureSortOrder';
    SET @description353 = N'The period (Dimension.Period).';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'PeriodKey';
    SET @description353 = N'Month, FinancialQuarter, FinancialYear or CalendarYear.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'PeriodGrain';
    SET @description353 = N'"2024-11", "2024-25 Q3", "2024-25" or "2024".';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'PeriodLabel';
    SET @description353 = N'First day of the period.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'PeriodStart';
    SET @description353 = N'Last day of the period.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'PeriodEnd';
    SET @description353 = N'The financial year the period belongs to, "2024-25".';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'FinancialYear';
    SET @description353 = N'Sorts periods in time order.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'PeriodSortOrder';
    SET @description353 = N'False while the data does not yet reach the end of the period.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'PeriodIsComplete';
    SET @description353 = N'The unit (Published.OrgUnit).';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'OrgUnitKey';
    SET @description353 = N'The case system''s team id, or AUTHORITY.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'OrgUnitId';
    SET @description353 = N'Team, locality or authority name.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'OrgUnitName';
    SET @description353 = N'Authority, Locality or Team.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'OrgUnitLevel';
    SET @description353 = N'The locality the unit is in (itself for a locality; empty for the authority).';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'Locality';
    SET @description353 = N'All, AgeBand, Sex, EthnicityGroup, or AuditGrade:<section> for QA02.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'BreakdownKind';
    SET @description353 = N'All, or the band, sex, group or grade.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'BreakdownValue';
    SET @description353 = N'Value, NoValue (nothing to divide by), Suppressed (withheld) or NotAvailable (the data cannot give it).';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'State';
    SET @description353 = N'The count, or the percentage''s numerator; empty when withheld or not available.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'Numerator';
    SET @description353 = N'The percentage''s denominator; empty for counts, and when withheld.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'Denominator';
    SET @description353 = N'The count, or the percentage (0-100); empty when withheld, not available or nothing to divide by.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'Value';
    SET @description353 = N'The value as every output shows it: "1,234", "12.5%", "-", "c" or "not available".';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'DisplayValue';
    SET @description353 = N'The target that applies, profiled to the period for year-to-date counts; empty when withheld.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'Target';
    SET @description353 = N'Green, Amber or Red; empty without a target, for context measures, and for withheld or provisional values.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'Rag';
    SET @description353 = N'Against the previous period; empty when either value is withheld, for provisional values and for year-to-date counts.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'DirectionVsPrevious';
    SET @description353 = N'Against the same period last year; empty when either value is withheld, and for provisional values.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'DirectionVsLastYear';
    SET @description353 = N'The previous period''s value; empty when it is withheld.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'PreviousValue';
    SET @description353 = N'The same period last year''s value; empty when it is withheld.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'LastYearValue';
    SET @description353 = N'A count of 1 to 5 or a percentage built on one (internal table); in the partnership table, the same as IsSuppressed.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'IsSmallNumber';
    SET @description353 = N'Withheld from this audience: shown "c".';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'IsSuppressed';
    SET @description353 = N'Later records can still change the value: shown with its settling date, without RAG or direction.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'IsProvisional';
    SET @description353 = N'The day the value becomes final: the period end plus the measure''s settling window; empty for measures final when the period ends.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'SettlesOn';
    SET @description353 = N'Why the value is not available, when it is not.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'Note';
    SET @description353 = N'When it was published (UTC).';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'RefreshedAtUtc';
    SET @description353 = N'The newest load batch it was computed from.';
    EXEC sp_addextendedproperty 'MS_Description', @description353, 'SCHEMA', N'Published', 'TABLE', N'InternalMeasureValue', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    CREATE TABLE [Published].[OrgUnit] (
        [OrgUnitKey] int NOT NULL,
        [OrgUnitId] nvarchar(200) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Level] nvarchar(200) NOT NULL,
        [Depth] int NOT NULL,
        [ParentOrgUnitKey] int NULL,
        [ParentName] nvarchar(200) NULL,
        [LocalityOrgUnitKey] int NULL,
        [Locality] nvarchar(200) NULL,
        [SortOrder] int NOT NULL,
        CONSTRAINT [PK_OrgUnit] PRIMARY KEY ([OrgUnitKey])
    );
    DECLARE @description354 AS sql_variant;
    SET @description354 = N'Organisation units as every output names them, with the parent''s name and the locality (the nearest locality at or above the unit), written at refresh.';
    EXEC sp_addextendedproperty 'MS_Description', @description354, 'SCHEMA', N'Published', 'TABLE', N'OrgUnit';
    SET @description354 = N'The unit (Dimension.OrganisationUnit).';
    EXEC sp_addextendedproperty 'MS_Description', @description354, 'SCHEMA', N'Published', 'TABLE', N'OrgUnit', 'COLUMN', N'OrgUnitKey';
    SET @description354 = N'The case system''s team id, or AUTHORITY.';
    EXEC sp_addextendedproperty 'MS_Description', @description354, 'SCHEMA', N'Published', 'TABLE', N'OrgUnit', 'COLUMN', N'OrgUnitId';
    SET @description354 = N'Name as staff know it.';
    EXEC sp_addextendedproperty 'MS_Description', @description354, 'SCHEMA', N'Published', 'TABLE', N'OrgUnit', 'COLUMN', N'Name';
    SET @description354 = N'Authority, Locality or Team.';
    EXEC sp_addextendedproperty 'MS_Description', @description354, 'SCHEMA', N'Published', 'TABLE', N'OrgUnit', 'COLUMN', N'Level';
    SET @description354 = N'0 for the authority, 1 below it, and so on.';
    EXEC sp_addextendedproperty 'MS_Description', @description354, 'SCHEMA', N'Published', 'TABLE', N'OrgUnit', 'COLUMN', N'Depth';
    SET @description354 = N'The unit above it.';
    EXEC sp_addextendedproperty 'MS_Description', @description354, 'SCHEMA', N'Published', 'TABLE', N'OrgUnit', 'COLUMN', N'ParentOrgUnitKey';
    SET @description354 = N'Name of the unit above it.';
    EXEC sp_addextendedproperty 'MS_Description', @description354, 'SCHEMA', N'Published', 'TABLE', N'OrgUnit', 'COLUMN', N'ParentName';
    SET @description354 = N'The locality the unit is in: itself for a locality; empty for the authority.';
    EXEC sp_addextendedproperty 'MS_Description', @description354, 'SCHEMA', N'Published', 'TABLE', N'OrgUnit', 'COLUMN', N'LocalityOrgUnitKey';
    SET @description354 = N'Name of that locality.';
    EXEC sp_addextendedproperty 'MS_Description', @description354, 'SCHEMA', N'Published', 'TABLE', N'OrgUnit', 'COLUMN', N'Locality';
    SET @description354 = N'The order outputs list units in: the authority, then each locality followed by its teams.';
    EXEC sp_addextendedproperty 'MS_Description', @description354, 'SCHEMA', N'Published', 'TABLE', N'OrgUnit', 'COLUMN', N'SortOrder';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    CREATE TABLE [Published].[PartnershipMeasureValue] (
        [PublishedValueKey] bigint NOT NULL,
        [MeasureCode] nvarchar(200) NOT NULL,
        [MeasureName] nvarchar(200) NOT NULL,
        [Unit] nvarchar(200) NOT NULL,
        [Polarity] nvarchar(200) NOT NULL,
        [MeasureSortOrder] int NOT NULL,
        [PeriodKey] int NOT NULL,
        [PeriodGrain] nvarchar(200) NOT NULL,
        [PeriodLabel] nvarchar(200) NOT NULL,
        [PeriodStart] date NOT NULL,
        [PeriodEnd] date NOT NULL,
        [FinancialYear] nvarchar(200) NOT NULL,
        [PeriodSortOrder] int NOT NULL,
        [PeriodIsComplete] bit NOT NULL,
        [OrgUnitKey] int NOT NULL,
        [OrgUnitId] nvarchar(200) NOT NULL,
        [OrgUnitName] nvarchar(200) NOT NULL,
        [OrgUnitLevel] nvarchar(200) NOT NULL,
        [Locality] nvarchar(200) NULL,
        [BreakdownKind] nvarchar(200) NOT NULL,
        [BreakdownValue] nvarchar(200) NOT NULL,
        [State] nvarchar(200) NOT NULL,
        [Numerator] int NULL,
        [Denominator] int NULL,
        [Value] float NULL,
        [DisplayValue] nvarchar(200) NOT NULL,
        [Target] float NULL,
        [Rag] nvarchar(200) NULL,
        [DirectionVsPrevious] nvarchar(200) NULL,
        [DirectionVsLastYear] nvarchar(200) NULL,
        [PreviousValue] float NULL,
        [LastYearValue] float NULL,
        [IsSmallNumber] bit NOT NULL,
        [IsSuppressed] bit NOT NULL,
        [IsProvisional] bit NOT NULL,
        [SettlesOn] date NULL,
        [Note] nvarchar(1000) NULL,
        [RefreshedAtUtc] datetime2 NOT NULL,
        [LineageBatchId] int NOT NULL,
        CONSTRAINT [PK_PartnershipMeasureValue] PRIMARY KEY ([PublishedValueKey])
    );
    DECLARE @description355 AS sql_variant;
    SET @description355 = N'The published scorecard for the partnership board and publication: small numbers (1 to 5), and any cell that would let one be worked out, withheld as "c". One row per measure, period, organisation unit and breakdown, with names, display text, RAG, direction and provisional state decided at refresh; outputs select from it and decide nothing.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue';
    SET @description355 = N'Key of the cell: the same cell has the same key in every audience''s table.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'PublishedValueKey';
    SET @description355 = N'Catalogue code, e.g. EH07.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'MeasureCode';
    SET @description355 = N'The measure''s name, the same in every output.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'MeasureName';
    SET @description355 = N'Count or Percentage.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'Unit';
    SET @description355 = N'HigherIsBetter, LowerIsBetter or Context.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'Polarity';
    SET @description355 = N'Order on the scorecard.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'MeasureSortOrder';
    SET @description355 = N'The period (Dimension.Period).';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'PeriodKey';
    SET @description355 = N'Month, FinancialQuarter, FinancialYear or CalendarYear.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'PeriodGrain';
    SET @description355 = N'"2024-11", "2024-25 Q3", "2024-25" or "2024".';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'PeriodLabel';
    SET @description355 = N'First day of the period.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'PeriodStart';
    SET @description355 = N'Last day of the period.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'PeriodEnd';
    SET @description355 = N'The financial year the period belongs to, "2024-25".';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'FinancialYear';
    SET @description355 = N'Sorts periods in time order.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'PeriodSortOrder';
    SET @description355 = N'False while the data does not yet reach the end of the period.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'PeriodIsComplete';
    SET @description355 = N'The unit (Published.OrgUnit).';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'OrgUnitKey';
    SET @description355 = N'The case system''s team id, or AUTHORITY.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'OrgUnitId';
    SET @description355 = N'Team, locality or authority name.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'OrgUnitName';
    SET @description355 = N'Authority, Locality or Team.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'OrgUnitLevel';
    SET @description355 = N'The locality the unit is in (itself for a locality; empty for the authority).';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'Locality';
    SET @description355 = N'All, AgeBand, Sex, EthnicityGroup, or AuditGrade:<section> for QA02.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'BreakdownKind';
    SET @description355 = N'All, or the band, sex, group or grade.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'BreakdownValue';
    SET @description355 = N'Value, NoValue (nothing to divide by), Suppressed (withheld) or NotAvailable (the data cannot give it).';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'State';
    SET @description355 = N'The count, or the percentage''s numerator; empty when withheld or not available.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'Numerator';
    SET @description355 = N'The percentage''s denominator; empty for counts, and when withheld.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'Denominator';
    SET @description355 = N'The count, or the percentage (0-100); empty when withheld, not available or nothing to divide by.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'Value';
    SET @description355 = N'The value as every output shows it: "1,234", "12.5%", "-", "c" or "not available".';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'DisplayValue';
    SET @description355 = N'The target that applies, profiled to the period for year-to-date counts; empty when withheld.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'Target';
    SET @description355 = N'Green, Amber or Red; empty without a target, for context measures, and for withheld or provisional values.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'Rag';
    SET @description355 = N'Against the previous period; empty when either value is withheld, for provisional values and for year-to-date counts.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'DirectionVsPrevious';
    SET @description355 = N'Against the same period last year; empty when either value is withheld, and for provisional values.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'DirectionVsLastYear';
    SET @description355 = N'The previous period''s value; empty when it is withheld.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'PreviousValue';
    SET @description355 = N'The same period last year''s value; empty when it is withheld.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'LastYearValue';
    SET @description355 = N'A count of 1 to 5 or a percentage built on one (internal table); in the partnership table, the same as IsSuppressed.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'IsSmallNumber';
    SET @description355 = N'Withheld from this audience: shown "c".';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'IsSuppressed';
    SET @description355 = N'Later records can still change the value: shown with its settling date, without RAG or direction.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'IsProvisional';
    SET @description355 = N'The day the value becomes final: the period end plus the measure''s settling window; empty for measures final when the period ends.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'SettlesOn';
    SET @description355 = N'Why the value is not available, when it is not.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'Note';
    SET @description355 = N'When it was published (UTC).';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'RefreshedAtUtc';
    SET @description355 = N'The newest load batch it was computed from.';
    EXEC sp_addextendedproperty 'MS_Description', @description355, 'SCHEMA', N'Published', 'TABLE', N'PartnershipMeasureValue', 'COLUMN', N'LineageBatchId';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    CREATE UNIQUE INDEX [IX_InternalMeasureValue_MeasureCode_PeriodKey_OrgUnitKey_BreakdownKind_BreakdownValue] ON [Published].[InternalMeasureValue] ([MeasureCode], [PeriodKey], [OrgUnitKey], [BreakdownKind], [BreakdownValue]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PartnershipMeasureValue_MeasureCode_PeriodKey_OrgUnitKey_BreakdownKind_BreakdownValue] ON [Published].[PartnershipMeasureValue] ([MeasureCode], [PeriodKey], [OrgUnitKey], [BreakdownKind], [BreakdownValue]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201025520_PublishedScorecard'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201025520_PublishedScorecard', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201040020_PublishedPacksAndJobRuns'
)
BEGIN
    CREATE TABLE [Integration].[JobRun] (
        [JobRunId] int NOT NULL IDENTITY,
        [Job] nvarchar(40) NOT NULL,
        [Trigger] nvarchar(40) NOT NULL,
        [StartedAtUtc] datetime2 NOT NULL,
        [FinishedAtUtc] datetime2 NULL,
        [Status] nvarchar(20) NOT NULL,
        [ItemsLoaded] int NOT NULL,
        [ItemsFailed] int NOT NULL,
        [Message] nvarchar(4000) NULL,
        CONSTRAINT [PK_JobRun] PRIMARY KEY ([JobRunId])
    );
    DECLARE @description356 AS sql_variant;
    SET @description356 = N'One run of a scheduled job (load-extracts, refresh-measures, build-packs), whether started by its schedule, an administrator or the command line; what the health check reads.';
    EXEC sp_addextendedproperty 'MS_Description', @description356, 'SCHEMA', N'Integration', 'TABLE', N'JobRun';
    SET @description356 = N'Surrogate key.';
    EXEC sp_addextendedproperty 'MS_Description', @description356, 'SCHEMA', N'Integration', 'TABLE', N'JobRun', 'COLUMN', N'JobRunId';
    SET @description356 = N'The job: load-extracts, refresh-measures or build-packs.';
    EXEC sp_addextendedproperty 'MS_Description', @description356, 'SCHEMA', N'Integration', 'TABLE', N'JobRun', 'COLUMN', N'Job';
    SET @description356 = N'What started it: schedule, administrator or command line.';
    EXEC sp_addextendedproperty 'MS_Description', @description356, 'SCHEMA', N'Integration', 'TABLE', N'JobRun', 'COLUMN', N'Trigger';
    SET @description356 = N'When it started (UTC).';
    EXEC sp_addextendedproperty 'MS_Description', @description356, 'SCHEMA', N'Integration', 'TABLE', N'JobRun', 'COLUMN', N'StartedAtUtc';
    SET @description356 = N'When it finished (UTC); empty while running.';
    EXEC sp_addextendedproperty 'MS_Description', @description356, 'SCHEMA', N'Integration', 'TABLE', N'JobRun', 'COLUMN', N'FinishedAtUtc';
    SET @description356 = N'Running, Succeeded or Failed.';
    EXEC sp_addextendedproperty 'MS_Description', @description356, 'SCHEMA', N'Integration', 'TABLE', N'JobRun', 'COLUMN', N'Status';
    SET @description356 = N'Inbox items loaded (or found already in the warehouse), or packs written: what the overdue check counts for loads.';
    EXEC sp_addextendedproperty 'MS_Description', @description356, 'SCHEMA', N'Integration', 'TABLE', N'JobRun', 'COLUMN', N'ItemsLoaded';
    SET @description356 = N'Inbox items that failed and were moved to failed/.';
    EXEC sp_addextendedproperty 'MS_Description', @description356, 'SCHEMA', N'Integration', 'TABLE', N'JobRun', 'COLUMN', N'ItemsFailed';
    SET @description356 = N'What the run did or why it failed, in words.';
    EXEC sp_addextendedproperty 'MS_Description', @description356, 'SCHEMA', N'Integration', 'TABLE', N'JobRun', 'COLUMN', N'Message';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201040020_PublishedPacksAndJobRuns'
)
BEGIN
    CREATE TABLE [Integration].[PublishedPack] (
        [PublishedPackId] int NOT NULL IDENTITY,
        [TemplateName] nvarchar(100) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [PeriodLabel] nvarchar(20) NOT NULL,
        [GeneratedAtUtc] datetime2 NOT NULL,
        [LoadBatchId] int NULL,
        [WorkbookFile] nvarchar(400) NOT NULL,
        [ChartsFile] nvarchar(400) NOT NULL,
        [Roles] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_PublishedPack] PRIMARY KEY ([PublishedPackId])
    );
    DECLARE @description357 AS sql_variant;
    SET @description357 = N'A board pack the build-packs job wrote for a template''s latest complete period; the feed lists it and serves its files to the roles the template names.';
    EXEC sp_addextendedproperty 'MS_Description', @description357, 'SCHEMA', N'Integration', 'TABLE', N'PublishedPack';
    SET @description357 = N'Surrogate key; the id in the feed''s download links.';
    EXEC sp_addextendedproperty 'MS_Description', @description357, 'SCHEMA', N'Integration', 'TABLE', N'PublishedPack', 'COLUMN', N'PublishedPackId';
    SET @description357 = N'The template''s name, e.g. childrens-trust-quarterly.';
    EXEC sp_addextendedproperty 'MS_Description', @description357, 'SCHEMA', N'Integration', 'TABLE', N'PublishedPack', 'COLUMN', N'TemplateName';
    SET @description357 = N'The template''s title, as on the pack''s cover.';
    EXEC sp_addextendedproperty 'MS_Description', @description357, 'SCHEMA', N'Integration', 'TABLE', N'PublishedPack', 'COLUMN', N'Title';
    SET @description357 = N'The period the pack reports, e.g. "2026-27 Q2" or "2026-09"; one pack per template and period.';
    EXEC sp_addextendedproperty 'MS_Description', @description357, 'SCHEMA', N'Integration', 'TABLE', N'PublishedPack', 'COLUMN', N'PeriodLabel';
    SET @description357 = N'When the pack was written (UTC).';
    EXEC sp_addextendedproperty 'MS_Description', @description357, 'SCHEMA', N'Integration', 'TABLE', N'PublishedPack', 'COLUMN', N'GeneratedAtUtc';
    SET @description357 = N'The last load the published measures it shows had seen (Integration.LoadBatch).';
    EXEC sp_addextendedproperty 'MS_Description', @description357, 'SCHEMA', N'Integration', 'TABLE', N'PublishedPack', 'COLUMN', N'LoadBatchId';
    SET @description357 = N'The workbook, relative to the packs folder (template/period/name.xlsx); never a server path in the feed.';
    EXEC sp_addextendedproperty 'MS_Description', @description357, 'SCHEMA', N'Integration', 'TABLE', N'PublishedPack', 'COLUMN', N'WorkbookFile';
    SET @description357 = N'The chart PDF, relative to the packs folder.';
    EXEC sp_addextendedproperty 'MS_Description', @description357, 'SCHEMA', N'Integration', 'TABLE', N'PublishedPack', 'COLUMN', N'ChartsFile';
    SET @description357 = N'The feed roles that may download it, as ",Board,Analyst,".';
    EXEC sp_addextendedproperty 'MS_Description', @description357, 'SCHEMA', N'Integration', 'TABLE', N'PublishedPack', 'COLUMN', N'Roles';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201040020_PublishedPacksAndJobRuns'
)
BEGIN
    CREATE INDEX [IX_JobRun_Job_Status_FinishedAtUtc] ON [Integration].[JobRun] ([Job], [Status], [FinishedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201040020_PublishedPacksAndJobRuns'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PublishedPack_TemplateName_PeriodLabel] ON [Integration].[PublishedPack] ([TemplateName], [PeriodLabel]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201040020_PublishedPacksAndJobRuns'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201040020_PublishedPacksAndJobRuns', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201041428_EpisodeWorkerDerived'
)
BEGIN
    ALTER TABLE [Fact].[EarlyHelpEpisode] ADD [WorkerDerived] bit NOT NULL DEFAULT CAST(0 AS bit);
    DECLARE @description358 AS sql_variant;
    SET @description358 = N'True when the load took the worker from ssd_involvements because the episode named none; kept on re-loads while the extract still names none, replaced by a worker the episode gives.';
    EXEC sp_addextendedproperty 'MS_Description', @description358, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpEpisode', 'COLUMN', N'WorkerDerived';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201041428_EpisodeWorkerDerived'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201041428_EpisodeWorkerDerived', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201053308_MeasureIndexesByTeam'
)
BEGIN
    DROP INDEX [IX_SocialCareReferral_OrgUnitKey] ON [Fact].[SocialCareReferral];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201053308_MeasureIndexesByTeam'
)
BEGIN
    DROP INDEX [IX_EarlyHelpEpisode_OrgUnitKey] ON [Fact].[EarlyHelpEpisode];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201053308_MeasureIndexesByTeam'
)
BEGIN
    CREATE INDEX [IX_SocialCareReferral_OrgUnitKey_ReferralDate_CloseDate_PersonKey] ON [Fact].[SocialCareReferral] ([OrgUnitKey], [ReferralDate], [CloseDate], [PersonKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201053308_MeasureIndexesByTeam'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpEpisode_OrgUnitKey_StartDate_EndDate_PersonKey_LeadOrganisationKey] ON [Fact].[EarlyHelpEpisode] ([OrgUnitKey], [StartDate], [EndDate], [PersonKey], [LeadOrganisationKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201053308_MeasureIndexesByTeam'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201053308_MeasureIndexesByTeam', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201132144_SnapshotWithoutForeignKeys'
)
BEGIN
    ALTER TABLE [Fact].[MeasureValue] DROP CONSTRAINT [FK_MeasureValue_LoadBatch_LineageBatchId];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201132144_SnapshotWithoutForeignKeys'
)
BEGIN
    ALTER TABLE [Fact].[MeasureValue] DROP CONSTRAINT [FK_MeasureValue_Measure_MeasureCode];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201132144_SnapshotWithoutForeignKeys'
)
BEGIN
    ALTER TABLE [Fact].[MeasureValue] DROP CONSTRAINT [FK_MeasureValue_OrganisationUnit_OrgUnitKey];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201132144_SnapshotWithoutForeignKeys'
)
BEGIN
    ALTER TABLE [Fact].[MeasureValue] DROP CONSTRAINT [FK_MeasureValue_Period_PeriodKey];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201132144_SnapshotWithoutForeignKeys'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201132144_SnapshotWithoutForeignKeys', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201141706_EarlyHelpOpenAtPeriodEnd'
)
BEGIN
    CREATE TABLE [Fact].[EarlyHelpOpenAtPeriodEnd] (
        [PeriodEndDate] date NOT NULL,
        [EpisodeKey] bigint NOT NULL,
        [EpisodeId] nvarchar(200) NOT NULL,
        [PersonKey] int NOT NULL,
        [OrgUnitKey] int NULL,
        [StartDate] date NOT NULL,
        CONSTRAINT [PK_EarlyHelpOpenAtPeriodEnd] PRIMARY KEY ([PeriodEndDate], [EpisodeKey])
    );
    DECLARE @description359 AS sql_variant;
    SET @description359 = N'Early help episodes open at each period end date (started on or before it, not ended by it), written by the measure refresh from Fact.EarlyHelpEpisode for the end dates it recomputes; the measures counted at period end read it.';
    EXEC sp_addextendedproperty 'MS_Description', @description359, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpOpenAtPeriodEnd';
    SET @description359 = N'The end date of one or more periods (Dimension.Period).';
    EXEC sp_addextendedproperty 'MS_Description', @description359, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpOpenAtPeriodEnd', 'COLUMN', N'PeriodEndDate';
    SET @description359 = N'The early help episode (Fact.EarlyHelpEpisode).';
    EXEC sp_addextendedproperty 'MS_Description', @description359, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpOpenAtPeriodEnd', 'COLUMN', N'EpisodeKey';
    SET @description359 = N'The case system''s id, pseudonymised with a keyed hash.';
    EXEC sp_addextendedproperty 'MS_Description', @description359, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpOpenAtPeriodEnd', 'COLUMN', N'EpisodeId';
    SET @description359 = N'The child (Dimension.Person).';
    EXEC sp_addextendedproperty 'MS_Description', @description359, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpOpenAtPeriodEnd', 'COLUMN', N'PersonKey';
    SET @description359 = N'The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.';
    EXEC sp_addextendedproperty 'MS_Description', @description359, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpOpenAtPeriodEnd', 'COLUMN', N'OrgUnitKey';
    SET @description359 = N'Date the episode started.';
    EXEC sp_addextendedproperty 'MS_Description', @description359, 'SCHEMA', N'Fact', 'TABLE', N'EarlyHelpOpenAtPeriodEnd', 'COLUMN', N'StartDate';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201141706_EarlyHelpOpenAtPeriodEnd'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpOpenAtPeriodEnd_PeriodEndDate_PersonKey_OrgUnitKey_StartDate_EpisodeKey] ON [Fact].[EarlyHelpOpenAtPeriodEnd] ([PeriodEndDate], [PersonKey], [OrgUnitKey], [StartDate], [EpisodeKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201141706_EarlyHelpOpenAtPeriodEnd'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201141706_EarlyHelpOpenAtPeriodEnd', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201201053_LoadChangedProperties'
)
BEGIN
    ALTER TABLE [Integration].[LoadBatchTable] ADD [ChangedProperties] nvarchar(4000) NULL;
    DECLARE @description360 AS sql_variant;
    SET @description360 = N'When the load only changed values of rows already there: the properties it changed (Entity.Property, comma-separated); measures reading none of them need no recomputing. Null: every property.';
    EXEC sp_addextendedproperty 'MS_Description', @description360, 'SCHEMA', N'Integration', 'TABLE', N'LoadBatchTable', 'COLUMN', N'ChangedProperties';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201201053_LoadChangedProperties'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201201053_LoadChangedProperties', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202073754_SnapshotWithoutUnreadIndexes'
)
BEGIN
    DROP INDEX [IX_MeasureValue_LineageBatchId] ON [Fact].[MeasureValue];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202073754_SnapshotWithoutUnreadIndexes'
)
BEGIN
    DROP INDEX [IX_MeasureValue_OrgUnitKey] ON [Fact].[MeasureValue];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202073754_SnapshotWithoutUnreadIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202073754_SnapshotWithoutUnreadIndexes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203063206_EpisodesOpenFromTheDateIndex'
)
BEGIN
    DROP INDEX [IX_EarlyHelpEpisode_StartDate_EndDate_OrgUnitKey_PersonKey_LeadOrganisationKey_ReferralDate] ON [Fact].[EarlyHelpEpisode];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203063206_EpisodesOpenFromTheDateIndex'
)
BEGIN
    CREATE INDEX [IX_EarlyHelpEpisode_StartDate_EndDate_OrgUnitKey_PersonKey_LeadOrganisationKey_ReferralDate_EpisodeKey_EpisodeId] ON [Fact].[EarlyHelpEpisode] ([StartDate], [EndDate], [OrgUnitKey], [PersonKey], [LeadOrganisationKey], [ReferralDate], [EpisodeKey], [EpisodeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203063206_EpisodesOpenFromTheDateIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203063206_EpisodesOpenFromTheDateIndex', N'10.0.15');
END;

COMMIT;
GO

