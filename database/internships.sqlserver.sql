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
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [Employers] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(120) NOT NULL,
        [Industry] nvarchar(80) NOT NULL,
        [ContactEmail] nvarchar(254) NOT NULL,
        [Phone] nvarchar(30) NULL,
        [Website] nvarchar(200) NULL,
        [City] nvarchar(80) NULL,
        [PartnerAgreementSignedOn] date NULL,
        [PartnerAgreementExpiresOn] date NULL,
        CONSTRAINT [PK_Employers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [Pathways] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(120) NOT NULL,
        [Sector] nvarchar(60) NOT NULL,
        [Description] nvarchar(2000) NULL,
        [CourseSequence] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_Pathways] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [RubricCompetencies] (
        [Id] int NOT NULL IDENTITY,
        [Key] nvarchar(40) NOT NULL,
        [Name] nvarchar(80) NOT NULL,
        [Description] nvarchar(500) NOT NULL,
        [SortOrder] int NOT NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_RubricCompetencies] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [Schools] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(120) NOT NULL,
        [Code] nvarchar(20) NOT NULL,
        [City] nvarchar(80) NULL,
        CONSTRAINT [PK_Schools] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] int NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [BadgeClasses] (
        [Id] int NOT NULL IDENTITY,
        [PublicId] uniqueidentifier NOT NULL,
        [Name] nvarchar(120) NOT NULL,
        [Description] nvarchar(2000) NOT NULL,
        [Criteria] nvarchar(4000) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [RecipientType] nvarchar(20) NOT NULL,
        [Color] nvarchar(7) NOT NULL,
        [Image] varbinary(max) NULL,
        [EndorsingEmployerId] int NULL,
        [ValidityMonths] int NULL,
        [Skills] nvarchar(max) NOT NULL,
        [PrerequisiteIds] nvarchar(max) NOT NULL,
        [IsActive] bit NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [Alignments] nvarchar(max) NULL,
        [Rule] nvarchar(max) NULL,
        CONSTRAINT [PK_BadgeClasses] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BadgeClasses_Employers_EndorsingEmployerId] FOREIGN KEY ([EndorsingEmployerId]) REFERENCES [Employers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [Supervisors] (
        [Id] int NOT NULL IDENTITY,
        [EmployerId] int NOT NULL,
        [FirstName] nvarchar(60) NOT NULL,
        [LastName] nvarchar(60) NOT NULL,
        [Email] nvarchar(254) NOT NULL,
        [JobTitle] nvarchar(80) NULL,
        [Phone] nvarchar(30) NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_Supervisors] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Supervisors_Employers_EmployerId] FOREIGN KEY ([EmployerId]) REFERENCES [Employers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [Students] (
        [Id] int NOT NULL IDENTITY,
        [SisId] nvarchar(32) NOT NULL,
        [FirstName] nvarchar(60) NOT NULL,
        [LastName] nvarchar(60) NOT NULL,
        [Email] nvarchar(254) NOT NULL,
        [Grade] int NOT NULL,
        [DateOfBirth] date NOT NULL,
        [SchoolId] int NOT NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_Students] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Students_Schools_SchoolId] FOREIGN KEY ([SchoolId]) REFERENCES [Schools] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [Postings] (
        [Id] int NOT NULL IDENTITY,
        [EmployerId] int NOT NULL,
        [SupervisorId] int NULL,
        [Title] nvarchar(120) NOT NULL,
        [Description] nvarchar(4000) NOT NULL,
        [HourlyWage] decimal(9,2) NOT NULL,
        [HoursPerWeek] decimal(5,2) NOT NULL,
        [StartDate] date NOT NULL,
        [EndDate] date NOT NULL,
        [Slots] int NOT NULL,
        [FilledSlots] int NOT NULL,
        [Location] nvarchar(200) NULL,
        [IsRemote] bit NOT NULL,
        [ApplicationDeadline] date NOT NULL,
        [EligibleGradeMask] int NOT NULL,
        [MinimumAge] int NULL,
        [RequiredHours] decimal(7,2) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [ReturnReason] nvarchar(1000) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [SubmittedAt] datetime2 NULL,
        [OpenedAt] datetime2 NULL,
        [ClosedAt] datetime2 NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Postings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Postings_Employers_EmployerId] FOREIGN KEY ([EmployerId]) REFERENCES [Employers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Postings_Supervisors_SupervisorId] FOREIGN KEY ([SupervisorId]) REFERENCES [Supervisors] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] int NOT NULL IDENTITY,
        [StudentId] int NULL,
        [EmployerId] int NULL,
        [SupervisorId] int NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUsers_Employers_EmployerId] FOREIGN KEY ([EmployerId]) REFERENCES [Employers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AspNetUsers_Students_StudentId] FOREIGN KEY ([StudentId]) REFERENCES [Students] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AspNetUsers_Supervisors_SupervisorId] FOREIGN KEY ([SupervisorId]) REFERENCES [Supervisors] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [PathwayEnrolments] (
        [Id] int NOT NULL IDENTITY,
        [StudentId] int NOT NULL,
        [PathwayId] int NOT NULL,
        [EnrolledOn] date NOT NULL,
        [EndedOn] date NULL,
        CONSTRAINT [PK_PathwayEnrolments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PathwayEnrolments_Pathways_PathwayId] FOREIGN KEY ([PathwayId]) REFERENCES [Pathways] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PathwayEnrolments_Students_StudentId] FOREIGN KEY ([StudentId]) REFERENCES [Students] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [Applications] (
        [Id] int NOT NULL IDENTITY,
        [PostingId] int NOT NULL,
        [StudentId] int NOT NULL,
        [Statement] nvarchar(2000) NOT NULL,
        [Rank] int NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [SubmittedAt] datetime2 NOT NULL,
        [StatusChangedAt] datetime2 NOT NULL,
        [DecisionNote] nvarchar(1000) NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Applications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Applications_Postings_PostingId] FOREIGN KEY ([PostingId]) REFERENCES [Postings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Applications_Students_StudentId] FOREIGN KEY ([StudentId]) REFERENCES [Students] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [PostingPathways] (
        [PostingId] int NOT NULL,
        [PathwayId] int NOT NULL,
        CONSTRAINT [PK_PostingPathways] PRIMARY KEY ([PostingId], [PathwayId]),
        CONSTRAINT [FK_PostingPathways_Pathways_PathwayId] FOREIGN KEY ([PathwayId]) REFERENCES [Pathways] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PostingPathways_Postings_PostingId] FOREIGN KEY ([PostingId]) REFERENCES [Postings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [PostingRequiredBadges] (
        [PostingId] int NOT NULL,
        [BadgeClassId] int NOT NULL,
        CONSTRAINT [PK_PostingRequiredBadges] PRIMARY KEY ([PostingId], [BadgeClassId]),
        CONSTRAINT [FK_PostingRequiredBadges_BadgeClasses_BadgeClassId] FOREIGN KEY ([BadgeClassId]) REFERENCES [BadgeClasses] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PostingRequiredBadges_Postings_PostingId] FOREIGN KEY ([PostingId]) REFERENCES [Postings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] int NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] int NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] int NOT NULL,
        [RoleId] int NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] int NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [Placements] (
        [Id] int NOT NULL IDENTITY,
        [ApplicationId] int NOT NULL,
        [StudentId] int NOT NULL,
        [PostingId] int NOT NULL,
        [EmployerId] int NOT NULL,
        [SupervisorId] int NULL,
        [StartDate] date NOT NULL,
        [EndDate] date NOT NULL,
        [HourlyWage] decimal(9,2) NOT NULL,
        [RequiredHours] decimal(7,2) NOT NULL,
        [IsMinor] bit NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ActivatedAt] datetime2 NULL,
        [CompletedAt] datetime2 NULL,
        [EndedAt] datetime2 NULL,
        [EndReason] nvarchar(1000) NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_Placements] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Placements_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Placements_Employers_EmployerId] FOREIGN KEY ([EmployerId]) REFERENCES [Employers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Placements_Postings_PostingId] FOREIGN KEY ([PostingId]) REFERENCES [Postings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Placements_Students_StudentId] FOREIGN KEY ([StudentId]) REFERENCES [Students] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Placements_Supervisors_SupervisorId] FOREIGN KEY ([SupervisorId]) REFERENCES [Supervisors] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [BadgeAwards] (
        [Id] int NOT NULL IDENTITY,
        [PublicId] uniqueidentifier NOT NULL,
        [BadgeClassId] int NOT NULL,
        [RecipientStudentId] int NULL,
        [RecipientEmployerId] int NULL,
        [RecipientKey] nvarchar(40) NOT NULL,
        [AwardKey] nvarchar(40) NOT NULL,
        [PlacementId] int NULL,
        [RecipientName] nvarchar(200) NOT NULL,
        [RecipientEmail] nvarchar(254) NOT NULL,
        [Salt] nvarchar(64) NOT NULL,
        [ShowRecipientName] bit NOT NULL,
        [IssuedAt] datetime2 NOT NULL,
        [ExpiresAt] datetime2 NULL,
        [RevokedAt] datetime2 NULL,
        [RevocationReason] nvarchar(1000) NULL,
        [Evidence] nvarchar(max) NULL,
        CONSTRAINT [PK_BadgeAwards] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BadgeAwards_BadgeClasses_BadgeClassId] FOREIGN KEY ([BadgeClassId]) REFERENCES [BadgeClasses] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BadgeAwards_Employers_RecipientEmployerId] FOREIGN KEY ([RecipientEmployerId]) REFERENCES [Employers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BadgeAwards_Placements_PlacementId] FOREIGN KEY ([PlacementId]) REFERENCES [Placements] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BadgeAwards_Students_RecipientStudentId] FOREIGN KEY ([RecipientStudentId]) REFERENCES [Students] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [Evaluations] (
        [Id] int NOT NULL IDENTITY,
        [PlacementId] int NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [SupervisorId] int NOT NULL,
        [Testimonial] nvarchar(2000) NOT NULL,
        [SubmittedAt] datetime2 NOT NULL,
        [Ratings] nvarchar(max) NULL,
        CONSTRAINT [PK_Evaluations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Evaluations_Placements_PlacementId] FOREIGN KEY ([PlacementId]) REFERENCES [Placements] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Evaluations_Supervisors_SupervisorId] FOREIGN KEY ([SupervisorId]) REFERENCES [Supervisors] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [PlacementDocuments] (
        [PlacementId] int NOT NULL,
        [Type] nvarchar(30) NOT NULL,
        [ReceivedOn] date NOT NULL,
        [VerifiedBy] nvarchar(256) NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_PlacementDocuments] PRIMARY KEY ([PlacementId], [Type]),
        CONSTRAINT [FK_PlacementDocuments_Placements_PlacementId] FOREIGN KEY ([PlacementId]) REFERENCES [Placements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE TABLE [TimesheetEntries] (
        [Id] int NOT NULL IDENTITY,
        [PlacementId] int NOT NULL,
        [WorkDate] date NOT NULL,
        [Hours] decimal(5,2) NOT NULL,
        [Tasks] nvarchar(1000) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [SubmittedAt] datetime2 NOT NULL,
        [ReviewedAt] datetime2 NULL,
        [ReviewedBySupervisorId] int NULL,
        [ReviewNote] nvarchar(500) NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_TimesheetEntries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TimesheetEntries_Placements_PlacementId] FOREIGN KEY ([PlacementId]) REFERENCES [Placements] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_TimesheetEntries_Supervisors_ReviewedBySupervisorId] FOREIGN KEY ([ReviewedBySupervisorId]) REFERENCES [Supervisors] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Applications_PostingId_StudentId] ON [Applications] ([PostingId], [StudentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Applications_StudentId_Rank] ON [Applications] ([StudentId], [Rank]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_EmployerId] ON [AspNetUsers] ([EmployerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_StudentId] ON [AspNetUsers] ([StudentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_SupervisorId] ON [AspNetUsers] ([SupervisorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_BadgeAwards_BadgeClassId_RecipientKey_AwardKey] ON [BadgeAwards] ([BadgeClassId], [RecipientKey], [AwardKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_BadgeAwards_PlacementId] ON [BadgeAwards] ([PlacementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_BadgeAwards_PublicId] ON [BadgeAwards] ([PublicId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_BadgeAwards_RecipientEmployerId] ON [BadgeAwards] ([RecipientEmployerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_BadgeAwards_RecipientStudentId] ON [BadgeAwards] ([RecipientStudentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_BadgeClasses_EndorsingEmployerId] ON [BadgeClasses] ([EndorsingEmployerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_BadgeClasses_Name] ON [BadgeClasses] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_BadgeClasses_PublicId] ON [BadgeClasses] ([PublicId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Employers_Name] ON [Employers] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Evaluations_PlacementId_Kind] ON [Evaluations] ([PlacementId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Evaluations_SupervisorId] ON [Evaluations] ([SupervisorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_PathwayEnrolments_PathwayId] ON [PathwayEnrolments] ([PathwayId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PathwayEnrolments_StudentId_PathwayId] ON [PathwayEnrolments] ([StudentId], [PathwayId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Pathways_Name] ON [Pathways] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Placements_ApplicationId] ON [Placements] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Placements_EmployerId_Status] ON [Placements] ([EmployerId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Placements_PostingId] ON [Placements] ([PostingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Placements_StudentId_Status] ON [Placements] ([StudentId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Placements_SupervisorId] ON [Placements] ([SupervisorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_PostingPathways_PathwayId_PostingId] ON [PostingPathways] ([PathwayId], [PostingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_PostingRequiredBadges_BadgeClassId] ON [PostingRequiredBadges] ([BadgeClassId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Postings_EmployerId_Status] ON [Postings] ([EmployerId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Postings_Search_Deadline] ON [Postings] ([Status], [ApplicationDeadline], [Id], [HourlyWage], [IsRemote], [EligibleGradeMask], [MinimumAge], [StartDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Postings_Search_Newest] ON [Postings] ([Status], [OpenedAt], [Id], [ApplicationDeadline]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Postings_Search_Title] ON [Postings] ([Status], [Title], [Id], [ApplicationDeadline]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Postings_Search_Wage] ON [Postings] ([Status], [HourlyWage] DESC, [Id], [ApplicationDeadline]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Postings_SupervisorId] ON [Postings] ([SupervisorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RubricCompetencies_Key] ON [RubricCompetencies] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Schools_Code] ON [Schools] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Students_LastName_FirstName] ON [Students] ([LastName], [FirstName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Students_SchoolId_Grade] ON [Students] ([SchoolId], [Grade]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Students_SisId] ON [Students] ([SisId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Supervisors_EmployerId_Email] ON [Supervisors] ([EmployerId], [Email]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_TimesheetEntries_PlacementId_WorkDate] ON [TimesheetEntries] ([PlacementId], [WorkDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_TimesheetEntries_ReviewedBySupervisorId] ON [TimesheetEntries] ([ReviewedBySupervisorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123171339_InitialCreate'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123171339_InitialCreate', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123181002_AddMatchRounds'
)
BEGIN
    CREATE TABLE [MatchRounds] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(120) NOT NULL,
        [Term] nvarchar(60) NOT NULL,
        [MaxChoices] int NOT NULL,
        [PreferenceDeadline] date NOT NULL,
        [AllowOtherPathways] bit NOT NULL,
        [ScrambleOfRoundId] int NULL,
        [Status] nvarchar(20) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [LockedAt] datetime2 NULL,
        [RunCount] int NOT NULL,
        [PublishedRunNumber] int NULL,
        [PublishedAt] datetime2 NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_MatchRounds] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MatchRounds_MatchRounds_ScrambleOfRoundId] FOREIGN KEY ([ScrambleOfRoundId]) REFERENCES [MatchRounds] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123181002_AddMatchRounds'
)
BEGIN
    CREATE TABLE [MatchParticipants] (
        [RoundId] int NOT NULL,
        [StudentId] int NOT NULL,
        CONSTRAINT [PK_MatchParticipants] PRIMARY KEY ([RoundId], [StudentId]),
        CONSTRAINT [FK_MatchParticipants_MatchRounds_RoundId] FOREIGN KEY ([RoundId]) REFERENCES [MatchRounds] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_MatchParticipants_Students_StudentId] FOREIGN KEY ([StudentId]) REFERENCES [Students] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123181002_AddMatchRounds'
)
BEGIN
    CREATE TABLE [MatchRoundPostings] (
        [RoundId] int NOT NULL,
        [PostingId] int NOT NULL,
        [Capacity] int NOT NULL,
        CONSTRAINT [PK_MatchRoundPostings] PRIMARY KEY ([RoundId], [PostingId]),
        CONSTRAINT [FK_MatchRoundPostings_MatchRounds_RoundId] FOREIGN KEY ([RoundId]) REFERENCES [MatchRounds] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_MatchRoundPostings_Postings_PostingId] FOREIGN KEY ([PostingId]) REFERENCES [Postings] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123181002_AddMatchRounds'
)
BEGIN
    CREATE TABLE [MatchRuns] (
        [Id] int NOT NULL IDENTITY,
        [RoundId] int NOT NULL,
        [Number] int NOT NULL,
        [Seed] bigint NOT NULL,
        [RanAt] datetime2 NOT NULL,
        [RanBy] nvarchar(256) NULL,
        [Students] int NOT NULL,
        [StudentsWithChoices] int NOT NULL,
        [Postings] int NOT NULL,
        [Places] int NOT NULL,
        [Choices] int NOT NULL,
        [Proposals] bigint NOT NULL,
        [Matched] int NOT NULL,
        [PlacedAtChoice] nvarchar(400) NOT NULL,
        [ElapsedMilliseconds] bigint NOT NULL,
        CONSTRAINT [PK_MatchRuns] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MatchRuns_MatchRounds_RoundId] FOREIGN KEY ([RoundId]) REFERENCES [MatchRounds] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123181002_AddMatchRounds'
)
BEGIN
    CREATE TABLE [MatchChoices] (
        [RoundId] int NOT NULL,
        [StudentId] int NOT NULL,
        [Rank] int NOT NULL,
        [PostingId] int NOT NULL,
        CONSTRAINT [PK_MatchChoices] PRIMARY KEY ([RoundId], [StudentId], [Rank]),
        CONSTRAINT [FK_MatchChoices_MatchParticipants_RoundId_StudentId] FOREIGN KEY ([RoundId], [StudentId]) REFERENCES [MatchParticipants] ([RoundId], [StudentId]) ON DELETE CASCADE,
        CONSTRAINT [FK_MatchChoices_MatchRoundPostings_RoundId_PostingId] FOREIGN KEY ([RoundId], [PostingId]) REFERENCES [MatchRoundPostings] ([RoundId], [PostingId]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123181002_AddMatchRounds'
)
BEGIN
    CREATE TABLE [MatchEmployerRanks] (
        [RoundId] int NOT NULL,
        [PostingId] int NOT NULL,
        [StudentId] int NOT NULL,
        [Rank] int NULL,
        [Unacceptable] bit NOT NULL,
        CONSTRAINT [PK_MatchEmployerRanks] PRIMARY KEY ([RoundId], [PostingId], [StudentId]),
        CONSTRAINT [FK_MatchEmployerRanks_MatchParticipants_RoundId_StudentId] FOREIGN KEY ([RoundId], [StudentId]) REFERENCES [MatchParticipants] ([RoundId], [StudentId]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MatchEmployerRanks_MatchRoundPostings_RoundId_PostingId] FOREIGN KEY ([RoundId], [PostingId]) REFERENCES [MatchRoundPostings] ([RoundId], [PostingId]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123181002_AddMatchRounds'
)
BEGIN
    CREATE TABLE [MatchOutcomes] (
        [RunId] int NOT NULL,
        [StudentId] int NOT NULL,
        [PostingId] int NULL,
        [ChoiceNumber] int NULL,
        [Reason] nvarchar(20) NULL,
        CONSTRAINT [PK_MatchOutcomes] PRIMARY KEY ([RunId], [StudentId]),
        CONSTRAINT [FK_MatchOutcomes_MatchRuns_RunId] FOREIGN KEY ([RunId]) REFERENCES [MatchRuns] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_MatchOutcomes_Postings_PostingId] FOREIGN KEY ([PostingId]) REFERENCES [Postings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MatchOutcomes_Students_StudentId] FOREIGN KEY ([StudentId]) REFERENCES [Students] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123181002_AddMatchRounds'
)
BEGIN
    CREATE INDEX [IX_MatchChoices_RoundId_PostingId] ON [MatchChoices] ([RoundId], [PostingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123181002_AddMatchRounds'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MatchChoices_RoundId_StudentId_PostingId] ON [MatchChoices] ([RoundId], [StudentId], [PostingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123181002_AddMatchRounds'
)
BEGIN
    CREATE INDEX [IX_MatchEmployerRanks_RoundId_StudentId] ON [MatchEmployerRanks] ([RoundId], [StudentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123181002_AddMatchRounds'
)
BEGIN
    CREATE INDEX [IX_MatchOutcomes_PostingId] ON [MatchOutcomes] ([PostingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123181002_AddMatchRounds'
)
BEGIN
    CREATE INDEX [IX_MatchOutcomes_RunId_PostingId] ON [MatchOutcomes] ([RunId], [PostingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123181002_AddMatchRounds'
)
BEGIN
    CREATE INDEX [IX_MatchOutcomes_StudentId] ON [MatchOutcomes] ([StudentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123181002_AddMatchRounds'
)
BEGIN
    CREATE INDEX [IX_MatchParticipants_StudentId] ON [MatchParticipants] ([StudentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123181002_AddMatchRounds'
)
BEGIN
    CREATE INDEX [IX_MatchRoundPostings_PostingId] ON [MatchRoundPostings] ([PostingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123181002_AddMatchRounds'
)
BEGIN
    CREATE INDEX [IX_MatchRounds_ScrambleOfRoundId] ON [MatchRounds] ([ScrambleOfRoundId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123181002_AddMatchRounds'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MatchRuns_RoundId_Number] ON [MatchRuns] ([RoundId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123181002_AddMatchRounds'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123181002_AddMatchRounds', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123190651_Reports'
)
BEGIN
    CREATE TABLE [Reports] (
        [Id] int NOT NULL IDENTITY,
        [Kind] nvarchar(20) NOT NULL,
        [PlacementId] int NULL,
        [TermName] nvarchar(100) NULL,
        [TermStart] date NULL,
        [TermEnd] date NULL,
        [Status] nvarchar(20) NOT NULL,
        [RequestedBy] nvarchar(256) NOT NULL,
        [RequestedByUserId] int NULL,
        [RequestedAt] datetime2 NOT NULL,
        [StartedAt] datetime2 NULL,
        [CompletedAt] datetime2 NULL,
        [Attempts] int NOT NULL,
        [Error] nvarchar(2000) NULL,
        [FileName] nvarchar(200) NULL,
        [FileSize] bigint NULL,
        [PageCount] int NULL,
        CONSTRAINT [PK_Reports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Reports_Placements_PlacementId] FOREIGN KEY ([PlacementId]) REFERENCES [Placements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123190651_Reports'
)
BEGIN
    CREATE TABLE [ReportFiles] (
        [ReportId] int NOT NULL,
        [Content] varbinary(max) NOT NULL,
        CONSTRAINT [PK_ReportFiles] PRIMARY KEY ([ReportId]),
        CONSTRAINT [FK_ReportFiles_Reports_ReportId] FOREIGN KEY ([ReportId]) REFERENCES [Reports] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123190651_Reports'
)
BEGIN
    CREATE INDEX [IX_Reports_Kind_TermStart_TermEnd] ON [Reports] ([Kind], [TermStart], [TermEnd]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123190651_Reports'
)
BEGIN
    CREATE INDEX [IX_Reports_PlacementId_Status] ON [Reports] ([PlacementId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123190651_Reports'
)
BEGIN
    CREATE INDEX [IX_Reports_Status_RequestedAt] ON [Reports] ([Status], [RequestedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123190651_Reports'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123190651_Reports', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191940_Notifications'
)
BEGIN
    CREATE TABLE [NotificationPreferences] (
        [Id] int NOT NULL IDENTITY,
        [Email] nvarchar(256) NOT NULL,
        [ReceiveNonEssential] bit NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_NotificationPreferences] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191940_Notifications'
)
BEGIN
    CREATE TABLE [Notifications] (
        [Id] bigint NOT NULL IDENTITY,
        [Kind] nvarchar(40) NOT NULL,
        [IsEssential] bit NOT NULL,
        [RecipientEmail] nvarchar(256) NOT NULL,
        [RecipientName] nvarchar(200) NOT NULL,
        [Subject] nvarchar(300) NOT NULL,
        [TextBody] nvarchar(max) NOT NULL,
        [HtmlBody] nvarchar(max) NOT NULL,
        [MessageId] nvarchar(120) NOT NULL,
        [DeduplicationKey] nvarchar(200) NULL,
        [Status] nvarchar(20) NOT NULL,
        [Attempts] int NOT NULL,
        [LastError] nvarchar(1000) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [NextAttemptAt] datetime2 NOT NULL,
        [LeaseId] uniqueidentifier NULL,
        [LeaseExpiresAt] datetime2 NULL,
        [SentAt] datetime2 NULL,
        CONSTRAINT [PK_Notifications] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191940_Notifications'
)
BEGIN
    CREATE UNIQUE INDEX [IX_NotificationPreferences_Email] ON [NotificationPreferences] ([Email]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191940_Notifications'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Notifications_DeduplicationKey] ON [Notifications] ([DeduplicationKey]) WHERE [DeduplicationKey] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191940_Notifications'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Notifications_MessageId] ON [Notifications] ([MessageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191940_Notifications'
)
BEGIN
    CREATE INDEX [IX_Notifications_Status_NextAttemptAt] ON [Notifications] ([Status], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191940_Notifications'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123191940_Notifications', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203090026_TermsContactsAuditStateReporting'
)
BEGIN
    ALTER TABLE [Students] ADD [Ssid] nvarchar(10) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203090026_TermsContactsAuditStateReporting'
)
BEGIN
    ALTER TABLE [Schools] ADD [CdsCode] nvarchar(14) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203090026_TermsContactsAuditStateReporting'
)
BEGIN
    CREATE TABLE [AuditTrail] (
        [Id] bigint NOT NULL IDENTITY,
        [At] datetime2 NOT NULL,
        [UserId] int NULL,
        [UserName] nvarchar(256) NULL,
        [Action] nvarchar(10) NOT NULL,
        [EntityType] nvarchar(40) NOT NULL,
        [EntityId] nvarchar(64) NOT NULL,
        [Summary] nvarchar(500) NULL,
        [Changes] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_AuditTrail] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203090026_TermsContactsAuditStateReporting'
)
BEGIN
    CREATE TABLE [ContactLog] (
        [Id] int NOT NULL IDENTITY,
        [PlacementId] int NULL,
        [StudentId] int NOT NULL,
        [EmployerId] int NULL,
        [OccurredOn] date NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [Parties] int NOT NULL,
        [People] nvarchar(300) NULL,
        [Notes] nvarchar(4000) NOT NULL,
        [FollowUp] nvarchar(500) NULL,
        [FollowUpDueOn] date NULL,
        [FollowUpDoneOn] date NULL,
        [RecordedBy] nvarchar(256) NOT NULL,
        [RecordedByUserId] int NULL,
        [RecordedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_ContactLog] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ContactLog_Employers_EmployerId] FOREIGN KEY ([EmployerId]) REFERENCES [Employers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ContactLog_Placements_PlacementId] FOREIGN KEY ([PlacementId]) REFERENCES [Placements] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ContactLog_Students_StudentId] FOREIGN KEY ([StudentId]) REFERENCES [Students] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203090026_TermsContactsAuditStateReporting'
)
BEGIN
    CREATE TABLE [PathwayStateCourses] (
        [PathwayId] int NOT NULL,
        [Course] nvarchar(120) NOT NULL,
        [StateCourseCode] nvarchar(4) NOT NULL,
        CONSTRAINT [PK_PathwayStateCourses] PRIMARY KEY ([PathwayId], [Course]),
        CONSTRAINT [FK_PathwayStateCourses_Pathways_PathwayId] FOREIGN KEY ([PathwayId]) REFERENCES [Pathways] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203090026_TermsContactsAuditStateReporting'
)
BEGIN
    CREATE TABLE [PlacementStateReporting] (
        [PlacementId] int NOT NULL,
        [LeaSponsored] bit NULL,
        [CertifiedSupervised] bit NULL,
        [StateCourseCode] nvarchar(4) NULL,
        CONSTRAINT [PK_PlacementStateReporting] PRIMARY KEY ([PlacementId]),
        CONSTRAINT [FK_PlacementStateReporting_Placements_PlacementId] FOREIGN KEY ([PlacementId]) REFERENCES [Placements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203090026_TermsContactsAuditStateReporting'
)
BEGIN
    CREATE TABLE [Terms] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(60) NOT NULL,
        [StartDate] date NOT NULL,
        [EndDate] date NOT NULL,
        CONSTRAINT [PK_Terms] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203090026_TermsContactsAuditStateReporting'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Students_Ssid] ON [Students] ([Ssid]) WHERE [Ssid] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203090026_TermsContactsAuditStateReporting'
)
BEGIN
    CREATE INDEX [IX_AuditTrail_At] ON [AuditTrail] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203090026_TermsContactsAuditStateReporting'
)
BEGIN
    CREATE INDEX [IX_AuditTrail_EntityType_EntityId_At] ON [AuditTrail] ([EntityType], [EntityId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203090026_TermsContactsAuditStateReporting'
)
BEGIN
    CREATE INDEX [IX_AuditTrail_UserName_At] ON [AuditTrail] ([UserName], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203090026_TermsContactsAuditStateReporting'
)
BEGIN
    CREATE INDEX [IX_ContactLog_EmployerId] ON [ContactLog] ([EmployerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203090026_TermsContactsAuditStateReporting'
)
BEGIN
    CREATE INDEX [IX_ContactLog_FollowUpDoneOn_FollowUpDueOn] ON [ContactLog] ([FollowUpDoneOn], [FollowUpDueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203090026_TermsContactsAuditStateReporting'
)
BEGIN
    CREATE INDEX [IX_ContactLog_PlacementId_OccurredOn] ON [ContactLog] ([PlacementId], [OccurredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203090026_TermsContactsAuditStateReporting'
)
BEGIN
    CREATE INDEX [IX_ContactLog_StudentId_OccurredOn] ON [ContactLog] ([StudentId], [OccurredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203090026_TermsContactsAuditStateReporting'
)
BEGIN
    CREATE INDEX [IX_Terms_EndDate] ON [Terms] ([EndDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203090026_TermsContactsAuditStateReporting'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Terms_Name] ON [Terms] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203090026_TermsContactsAuditStateReporting'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203090026_TermsContactsAuditStateReporting', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110359_Accounts'
)
BEGIN
    ALTER TABLE [Employers] ADD [IsActive] bit NOT NULL DEFAULT CAST(1 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110359_Accounts'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [DisabledAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110359_Accounts'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [DisabledReason] nvarchar(20) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110359_Accounts'
)
BEGIN
    CREATE TABLE [Invitations] (
        [Id] int NOT NULL IDENTITY,
        [Email] nvarchar(254) NOT NULL,
        [Role] nvarchar(20) NOT NULL,
        [StudentId] int NULL,
        [EmployerId] int NULL,
        [SupervisorId] int NULL,
        [InvitedBy] nvarchar(256) NOT NULL,
        [TokenHash] nvarchar(64) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [LastSentAt] datetime2 NOT NULL,
        [TimesSent] int NOT NULL,
        [ExpiresAt] datetime2 NOT NULL,
        [AcceptedAt] datetime2 NULL,
        [AccountId] int NULL,
        [RevokedAt] datetime2 NULL,
        CONSTRAINT [PK_Invitations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Invitations_AspNetUsers_AccountId] FOREIGN KEY ([AccountId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE SET NULL,
        CONSTRAINT [FK_Invitations_Employers_EmployerId] FOREIGN KEY ([EmployerId]) REFERENCES [Employers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Invitations_Students_StudentId] FOREIGN KEY ([StudentId]) REFERENCES [Students] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Invitations_Supervisors_SupervisorId] FOREIGN KEY ([SupervisorId]) REFERENCES [Supervisors] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110359_Accounts'
)
BEGIN
    CREATE TABLE [RefreshTokens] (
        [Id] bigint NOT NULL IDENTITY,
        [UserId] int NOT NULL,
        [TokenHash] nvarchar(64) NOT NULL,
        [FamilyId] uniqueidentifier NOT NULL,
        [SecurityStamp] nvarchar(256) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ExpiresAt] datetime2 NOT NULL,
        [UsedAt] datetime2 NULL,
        [RevokedAt] datetime2 NULL,
        CONSTRAINT [PK_RefreshTokens] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RefreshTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110359_Accounts'
)
BEGIN
    CREATE INDEX [IX_Invitations_AccountId] ON [Invitations] ([AccountId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110359_Accounts'
)
BEGIN
    CREATE INDEX [IX_Invitations_Email] ON [Invitations] ([Email]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110359_Accounts'
)
BEGIN
    CREATE INDEX [IX_Invitations_EmployerId] ON [Invitations] ([EmployerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110359_Accounts'
)
BEGIN
    CREATE INDEX [IX_Invitations_StudentId] ON [Invitations] ([StudentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110359_Accounts'
)
BEGIN
    CREATE INDEX [IX_Invitations_SupervisorId] ON [Invitations] ([SupervisorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110359_Accounts'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Invitations_TokenHash] ON [Invitations] ([TokenHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110359_Accounts'
)
BEGIN
    CREATE INDEX [IX_RefreshTokens_FamilyId] ON [RefreshTokens] ([FamilyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110359_Accounts'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RefreshTokens_TokenHash] ON [RefreshTokens] ([TokenHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110359_Accounts'
)
BEGIN
    CREATE INDEX [IX_RefreshTokens_UserId] ON [RefreshTokens] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110359_Accounts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203110359_Accounts', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    ALTER TABLE [Students] ADD [RosterModifiedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    ALTER TABLE [Students] ADD [SourcedId] nvarchar(255) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    ALTER TABLE [Schools] ADD [SourcedId] nvarchar(255) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    CREATE TABLE [RosterImports] (
        [Id] int NOT NULL IDENTITY,
        [FileName] nvarchar(200) NOT NULL,
        [FileSize] bigint NOT NULL,
        [DryRun] bit NOT NULL,
        [CoordinatorMapping] nvarchar(4000) NULL,
        [RequestedBy] nvarchar(256) NOT NULL,
        [RequestedByUserId] int NULL,
        [RequestedAt] datetime2 NOT NULL,
        [CompletedAt] datetime2 NULL,
        [PreviewOfImportId] int NULL,
        [Status] nvarchar(20) NOT NULL,
        [Mode] nvarchar(20) NOT NULL,
        [SkippedUsers] int NOT NULL,
        [Suggestions] int NOT NULL,
        [ErrorCount] int NOT NULL,
        [ChangeCount] int NOT NULL,
        [Version] bigint NOT NULL,
        [Coordinators_Created] int NOT NULL,
        [Coordinators_Deactivated] int NOT NULL,
        [Coordinators_Unchanged] int NOT NULL,
        [Coordinators_Updated] int NOT NULL,
        [Schools_Created] int NOT NULL,
        [Schools_Deactivated] int NOT NULL,
        [Schools_Unchanged] int NOT NULL,
        [Schools_Updated] int NOT NULL,
        [Students_Created] int NOT NULL,
        [Students_Deactivated] int NOT NULL,
        [Students_Unchanged] int NOT NULL,
        [Students_Updated] int NOT NULL,
        CONSTRAINT [PK_RosterImports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RosterImports_RosterImports_PreviewOfImportId] FOREIGN KEY ([PreviewOfImportId]) REFERENCES [RosterImports] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    CREATE TABLE [StaffMembers] (
        [Id] int NOT NULL IDENTITY,
        [SourcedId] nvarchar(255) NOT NULL,
        [FirstName] nvarchar(60) NOT NULL,
        [LastName] nvarchar(60) NOT NULL,
        [Email] nvarchar(254) NOT NULL,
        [SisRole] nvarchar(60) NOT NULL,
        [Role] nvarchar(40) NOT NULL,
        [IsActive] bit NOT NULL,
        [RosterModifiedAt] datetime2 NULL,
        CONSTRAINT [PK_StaffMembers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    CREATE TABLE [PathwaySuggestions] (
        [Id] int NOT NULL IDENTITY,
        [StudentId] int NOT NULL,
        [PathwayId] int NOT NULL,
        [ImportId] int NOT NULL,
        [Courses] nvarchar(500) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [SuggestedAt] datetime2 NOT NULL,
        [DecidedAt] datetime2 NULL,
        [DecidedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_PathwaySuggestions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PathwaySuggestions_Pathways_PathwayId] FOREIGN KEY ([PathwayId]) REFERENCES [Pathways] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PathwaySuggestions_RosterImports_ImportId] FOREIGN KEY ([ImportId]) REFERENCES [RosterImports] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PathwaySuggestions_Students_StudentId] FOREIGN KEY ([StudentId]) REFERENCES [Students] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    CREATE TABLE [RosterImportChanges] (
        [Id] bigint NOT NULL IDENTITY,
        [ImportId] int NOT NULL,
        [Entity] nvarchar(20) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [SourcedId] nvarchar(255) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Detail] nvarchar(500) NULL,
        CONSTRAINT [PK_RosterImportChanges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RosterImportChanges_RosterImports_ImportId] FOREIGN KEY ([ImportId]) REFERENCES [RosterImports] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    CREATE TABLE [RosterImportErrors] (
        [Id] bigint NOT NULL IDENTITY,
        [ImportId] int NOT NULL,
        [File] nvarchar(200) NOT NULL,
        [Line] int NULL,
        [Field] nvarchar(100) NULL,
        [Message] nvarchar(500) NOT NULL,
        CONSTRAINT [PK_RosterImportErrors] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RosterImportErrors_RosterImports_ImportId] FOREIGN KEY ([ImportId]) REFERENCES [RosterImports] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    CREATE TABLE [RosterImportFiles] (
        [ImportId] int NOT NULL,
        [Content] varbinary(max) NOT NULL,
        CONSTRAINT [PK_RosterImportFiles] PRIMARY KEY ([ImportId]),
        CONSTRAINT [FK_RosterImportFiles_RosterImports_ImportId] FOREIGN KEY ([ImportId]) REFERENCES [RosterImports] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Students_SourcedId] ON [Students] ([SourcedId]) WHERE [SourcedId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Schools_SourcedId] ON [Schools] ([SourcedId]) WHERE [SourcedId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    CREATE INDEX [IX_PathwaySuggestions_ImportId] ON [PathwaySuggestions] ([ImportId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    CREATE INDEX [IX_PathwaySuggestions_PathwayId] ON [PathwaySuggestions] ([PathwayId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    CREATE INDEX [IX_PathwaySuggestions_Status_PathwayId] ON [PathwaySuggestions] ([Status], [PathwayId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PathwaySuggestions_StudentId_PathwayId] ON [PathwaySuggestions] ([StudentId], [PathwayId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    CREATE INDEX [IX_RosterImportChanges_ImportId] ON [RosterImportChanges] ([ImportId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    CREATE INDEX [IX_RosterImportErrors_ImportId] ON [RosterImportErrors] ([ImportId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    CREATE INDEX [IX_RosterImports_PreviewOfImportId] ON [RosterImports] ([PreviewOfImportId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    CREATE INDEX [IX_RosterImports_Status_RequestedAt] ON [RosterImports] ([Status], [RequestedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    CREATE INDEX [IX_StaffMembers_Email] ON [StaffMembers] ([Email]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    CREATE UNIQUE INDEX [IX_StaffMembers_SourcedId] ON [StaffMembers] ([SourcedId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110520_RosterImports'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203110520_RosterImports', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110756_CoordinatorRecords'
)
BEGIN
    ALTER TABLE [TimesheetEntries] ADD [ReviewedOnBehalfBy] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110756_CoordinatorRecords'
)
BEGIN
    ALTER TABLE [PlacementDocuments] ADD [ExpiresOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110756_CoordinatorRecords'
)
BEGIN
    ALTER TABLE [PlacementDocuments] ADD [FileId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110756_CoordinatorRecords'
)
BEGIN
    ALTER TABLE [Evaluations] ADD [RecordedOnBehalfBy] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110756_CoordinatorRecords'
)
BEGIN
    ALTER TABLE [Employers] ADD [InsuranceCarrier] nvarchar(120) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110756_CoordinatorRecords'
)
BEGIN
    ALTER TABLE [Employers] ADD [InsuranceExpiresOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110756_CoordinatorRecords'
)
BEGIN
    ALTER TABLE [Employers] ADD [InsurancePolicyNumber] nvarchar(60) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110756_CoordinatorRecords'
)
BEGIN
    ALTER TABLE [Employers] ADD [PartnerAgreementFileId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110756_CoordinatorRecords'
)
BEGIN
    CREATE TABLE [EmployerSafetyChecks] (
        [EmployerId] int NOT NULL,
        [Item] nvarchar(30) NOT NULL,
        [CheckedOn] date NOT NULL,
        [CheckedBy] nvarchar(256) NOT NULL,
        CONSTRAINT [PK_EmployerSafetyChecks] PRIMARY KEY ([EmployerId], [Item]),
        CONSTRAINT [FK_EmployerSafetyChecks_Employers_EmployerId] FOREIGN KEY ([EmployerId]) REFERENCES [Employers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110756_CoordinatorRecords'
)
BEGIN
    CREATE TABLE [StoredFiles] (
        [Id] uniqueidentifier NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [Length] int NOT NULL,
        [UploadedBy] nvarchar(256) NOT NULL,
        [UploadedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_StoredFiles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110756_CoordinatorRecords'
)
BEGIN
    CREATE TABLE [StudentContacts] (
        [Id] int NOT NULL IDENTITY,
        [StudentId] int NOT NULL,
        [Name] nvarchar(120) NOT NULL,
        [Relationship] nvarchar(60) NOT NULL,
        [Phone] nvarchar(30) NOT NULL,
        [Email] nvarchar(254) NULL,
        [PreferredLanguage] nvarchar(60) NOT NULL,
        [IsEmergencyContact] bit NOT NULL,
        CONSTRAINT [PK_StudentContacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StudentContacts_Students_StudentId] FOREIGN KEY ([StudentId]) REFERENCES [Students] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110756_CoordinatorRecords'
)
BEGIN
    CREATE INDEX [IX_PlacementDocuments_FileId] ON [PlacementDocuments] ([FileId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110756_CoordinatorRecords'
)
BEGIN
    CREATE INDEX [IX_Employers_PartnerAgreementFileId] ON [Employers] ([PartnerAgreementFileId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110756_CoordinatorRecords'
)
BEGIN
    CREATE INDEX [IX_StudentContacts_StudentId] ON [StudentContacts] ([StudentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110756_CoordinatorRecords'
)
BEGIN
    ALTER TABLE [Employers] ADD CONSTRAINT [FK_Employers_StoredFiles_PartnerAgreementFileId] FOREIGN KEY ([PartnerAgreementFileId]) REFERENCES [StoredFiles] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110756_CoordinatorRecords'
)
BEGIN
    ALTER TABLE [PlacementDocuments] ADD CONSTRAINT [FK_PlacementDocuments_StoredFiles_FileId] FOREIGN KEY ([FileId]) REFERENCES [StoredFiles] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203110756_CoordinatorRecords'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203110756_CoordinatorRecords', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203111501_SharedNodeState'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(100) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203111501_SharedNodeState'
)
BEGIN
    CREATE TABLE [IssuerKeys] (
        [Id] int NOT NULL IDENTITY,
        [KeyId] nvarchar(64) NOT NULL,
        [PublicKeyPem] nvarchar(2000) NOT NULL,
        [ProtectedPrivateKey] nvarchar(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [RetiredAt] datetime2 NULL,
        CONSTRAINT [PK_IssuerKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203111501_SharedNodeState'
)
BEGIN
    CREATE UNIQUE INDEX [IX_IssuerKeys_KeyId] ON [IssuerKeys] ([KeyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203111501_SharedNodeState'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203111501_SharedNodeState', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203145139_PublicBadgeRecords'
)
BEGIN
    ALTER TABLE [BadgeAwards] ADD [GuardianConsentName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203145139_PublicBadgeRecords'
)
BEGIN
    ALTER TABLE [BadgeAwards] ADD [GuardianConsentRecordedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203145139_PublicBadgeRecords'
)
BEGIN
    ALTER TABLE [BadgeAwards] ADD [IssuedCredential] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203145139_PublicBadgeRecords'
)
BEGIN
    ALTER TABLE [BadgeAwards] ADD [PublishDetails] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203145139_PublicBadgeRecords'
)
BEGIN
    ALTER TABLE [BadgeAwards] ADD [RecipientAdultFrom] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203145139_PublicBadgeRecords'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203145139_PublicBadgeRecords', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203150724_ConcurrencyTokensOnEditableRecords'
)
BEGIN
    ALTER TABLE [Supervisors] ADD [Version] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203150724_ConcurrencyTokensOnEditableRecords'
)
BEGIN
    ALTER TABLE [Students] ADD [Version] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203150724_ConcurrencyTokensOnEditableRecords'
)
BEGIN
    ALTER TABLE [Schools] ADD [Version] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203150724_ConcurrencyTokensOnEditableRecords'
)
BEGIN
    ALTER TABLE [Pathways] ADD [Version] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203150724_ConcurrencyTokensOnEditableRecords'
)
BEGIN
    ALTER TABLE [Employers] ADD [Version] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203150724_ConcurrencyTokensOnEditableRecords'
)
BEGIN
    ALTER TABLE [BadgeClasses] ADD [Version] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203150724_ConcurrencyTokensOnEditableRecords'
)
BEGIN
    ALTER TABLE [BadgeAwards] ADD [Version] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203150724_ConcurrencyTokensOnEditableRecords'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203150724_ConcurrencyTokensOnEditableRecords', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203153039_OpaqueBadgeRecipients'
)
BEGIN
    ALTER TABLE [Students] ADD [BadgeRecipientAlias] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203153039_OpaqueBadgeRecipients'
)
BEGIN
    ALTER TABLE [BadgeAwards] ADD [RecipientAlias] nvarchar(254) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203153039_OpaqueBadgeRecipients'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203153039_OpaqueBadgeRecipients', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203173044_OutboxByRecipient'
)
BEGIN
    CREATE INDEX [IX_Notifications_RecipientEmail_Id] ON [Notifications] ([RecipientEmail], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203173044_OutboxByRecipient'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203173044_OutboxByRecipient', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203202841_InterestProfiles'
)
BEGIN
    CREATE TABLE [InterestProfiles] (
        [Id] int NOT NULL IDENTITY,
        [StudentId] int NOT NULL,
        [Answers] nvarchar(30) NOT NULL,
        [TakenAt] datetime2 NOT NULL,
        [TimesTaken] int NOT NULL,
        CONSTRAINT [PK_InterestProfiles] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InterestProfiles_Students_StudentId] FOREIGN KEY ([StudentId]) REFERENCES [Students] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203202841_InterestProfiles'
)
BEGIN
    CREATE UNIQUE INDEX [IX_InterestProfiles_StudentId] ON [InterestProfiles] ([StudentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203202841_InterestProfiles'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203202841_InterestProfiles', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212214_BadgeClaims'
)
BEGIN
    ALTER TABLE [BadgeClasses] ADD [AllowsClaims] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212214_BadgeClaims'
)
BEGIN
    CREATE TABLE [BadgeClaims] (
        [Id] int NOT NULL IDENTITY,
        [Version] bigint NOT NULL,
        [BadgeClassId] int NOT NULL,
        [StudentId] int NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [Narrative] nvarchar(4000) NOT NULL,
        [Links] nvarchar(max) NOT NULL,
        [EvidenceFileId] uniqueidentifier NULL,
        [EvidenceFileName] nvarchar(260) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [SubmittedAt] datetime2 NOT NULL,
        [ReviewNote] nvarchar(1000) NULL,
        [ReviewedBy] nvarchar(256) NULL,
        [ReviewedAt] datetime2 NULL,
        [AwardId] int NULL,
        [OpenFor] nvarchar(40) NULL,
        CONSTRAINT [PK_BadgeClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BadgeClaims_BadgeAwards_AwardId] FOREIGN KEY ([AwardId]) REFERENCES [BadgeAwards] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BadgeClaims_BadgeClasses_BadgeClassId] FOREIGN KEY ([BadgeClassId]) REFERENCES [BadgeClasses] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BadgeClaims_StoredFiles_EvidenceFileId] FOREIGN KEY ([EvidenceFileId]) REFERENCES [StoredFiles] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BadgeClaims_Students_StudentId] FOREIGN KEY ([StudentId]) REFERENCES [Students] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212214_BadgeClaims'
)
BEGIN
    CREATE INDEX [IX_BadgeClaims_AwardId] ON [BadgeClaims] ([AwardId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212214_BadgeClaims'
)
BEGIN
    CREATE INDEX [IX_BadgeClaims_BadgeClassId] ON [BadgeClaims] ([BadgeClassId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212214_BadgeClaims'
)
BEGIN
    CREATE INDEX [IX_BadgeClaims_EvidenceFileId] ON [BadgeClaims] ([EvidenceFileId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212214_BadgeClaims'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_BadgeClaims_OpenFor] ON [BadgeClaims] ([OpenFor]) WHERE [OpenFor] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212214_BadgeClaims'
)
BEGIN
    CREATE INDEX [IX_BadgeClaims_Status_SubmittedAt] ON [BadgeClaims] ([Status], [SubmittedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212214_BadgeClaims'
)
BEGIN
    CREATE INDEX [IX_BadgeClaims_StudentId_SubmittedAt] ON [BadgeClaims] ([StudentId], [SubmittedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212214_BadgeClaims'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203212214_BadgeClaims', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212702_PreferredLanguage'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [PreferredLanguage] nvarchar(10) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212702_PreferredLanguage'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203212702_PreferredLanguage', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204010713_LanguagePerRecord'
)
BEGIN
    UPDATE [StudentContacts] SET [PreferredLanguage] = CASE WHEN LOWER(TRIM([PreferredLanguage])) IN ('spanish', N'español', 'espanol', 'castellano', 'es') OR LOWER(TRIM([PreferredLanguage])) LIKE 'es-%' OR LOWER(TRIM([PreferredLanguage])) LIKE 'spanish%' THEN 'es-US' ELSE 'en-US' END;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204010713_LanguagePerRecord'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[StudentContacts]') AND [c].[name] = N'PreferredLanguage');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [StudentContacts] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [StudentContacts] ALTER COLUMN [PreferredLanguage] nvarchar(10) NOT NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204010713_LanguagePerRecord'
)
BEGIN
    ALTER TABLE [Reports] ADD [Language] nvarchar(10) NOT NULL DEFAULT N'en-US';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204010713_LanguagePerRecord'
)
BEGIN
    ALTER TABLE [BadgeClasses] ADD [DescriptionEs] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204010713_LanguagePerRecord'
)
BEGIN
    ALTER TABLE [BadgeClasses] ADD [NameEs] nvarchar(120) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204010713_LanguagePerRecord'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204010713_LanguagePerRecord', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204014622_EmployerBadges'
)
BEGIN
    ALTER TABLE [Applications] ADD [SharesBadges] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204014622_EmployerBadges'
)
BEGIN
    CREATE TABLE [BadgeProposals] (
        [Id] int NOT NULL IDENTITY,
        [Version] bigint NOT NULL,
        [EmployerId] int NOT NULL,
        [Name] nvarchar(120) NOT NULL,
        [Description] nvarchar(2000) NOT NULL,
        [Criteria] nvarchar(4000) NOT NULL,
        [Tasks] nvarchar(max) NOT NULL,
        [Skill] nvarchar(80) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [ProposedBy] nvarchar(256) NOT NULL,
        [ProposedAt] datetime2 NOT NULL,
        [DeclineReason] nvarchar(1000) NULL,
        [ReviewedBy] nvarchar(256) NULL,
        [ReviewedAt] datetime2 NULL,
        [BadgeClassId] int NULL,
        CONSTRAINT [PK_BadgeProposals] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BadgeProposals_BadgeClasses_BadgeClassId] FOREIGN KEY ([BadgeClassId]) REFERENCES [BadgeClasses] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BadgeProposals_Employers_EmployerId] FOREIGN KEY ([EmployerId]) REFERENCES [Employers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204014622_EmployerBadges'
)
BEGIN
    CREATE INDEX [IX_BadgeProposals_BadgeClassId] ON [BadgeProposals] ([BadgeClassId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204014622_EmployerBadges'
)
BEGIN
    CREATE INDEX [IX_BadgeProposals_EmployerId_ProposedAt] ON [BadgeProposals] ([EmployerId], [ProposedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204014622_EmployerBadges'
)
BEGIN
    CREATE INDEX [IX_BadgeProposals_Status_ProposedAt] ON [BadgeProposals] ([Status], [ProposedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204014622_EmployerBadges'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204014622_EmployerBadges', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    ALTER TABLE [BadgeClasses] ADD [StaffRule] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    ALTER TABLE [BadgeAwards] ADD [RecipientUserId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE TABLE [Programmes] (
        [Id] int NOT NULL IDENTITY,
        [Version] bigint NOT NULL,
        [Name] nvarchar(120) NOT NULL,
        [Description] nvarchar(2000) NOT NULL,
        [BadgeClassId] int NOT NULL,
        [PdHoursTarget] decimal(9,2) NULL,
        [FeeAmount] decimal(9,2) NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_Programmes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Programmes_BadgeClasses_BadgeClassId] FOREIGN KEY ([BadgeClassId]) REFERENCES [BadgeClasses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE TABLE [Cohorts] (
        [Id] int NOT NULL IDENTITY,
        [Version] bigint NOT NULL,
        [ProgrammeId] int NOT NULL,
        [Name] nvarchar(120) NOT NULL,
        [StartsOn] date NOT NULL,
        [EndsOn] date NOT NULL,
        [Capacity] int NOT NULL,
        [Enrolled] int NOT NULL,
        [TrainerUserId] int NULL,
        [CoachUserId] int NULL,
        [ObserverUserId] int NULL,
        CONSTRAINT [PK_Cohorts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Cohorts_AspNetUsers_CoachUserId] FOREIGN KEY ([CoachUserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Cohorts_AspNetUsers_ObserverUserId] FOREIGN KEY ([ObserverUserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Cohorts_AspNetUsers_TrainerUserId] FOREIGN KEY ([TrainerUserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Cohorts_Programmes_ProgrammeId] FOREIGN KEY ([ProgrammeId]) REFERENCES [Programmes] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE TABLE [ProgrammeRequirements] (
        [Id] int NOT NULL IDENTITY,
        [ProgrammeId] int NOT NULL,
        [Step] int NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [PdHours] decimal(9,2) NOT NULL,
        [SessionsRequired] int NULL,
        [Criteria] nvarchar(max) NOT NULL,
        [PassingScore] int NULL,
        CONSTRAINT [PK_ProgrammeRequirements] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProgrammeRequirements_Programmes_ProgrammeId] FOREIGN KEY ([ProgrammeId]) REFERENCES [Programmes] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE TABLE [StaffCompletionTallies] (
        [Id] int NOT NULL IDENTITY,
        [Version] bigint NOT NULL,
        [ProgrammeId] int NOT NULL,
        [OrganisationId] int NOT NULL,
        [Completed] int NOT NULL,
        CONSTRAINT [PK_StaffCompletionTallies] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StaffCompletionTallies_Employers_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Employers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StaffCompletionTallies_Programmes_ProgrammeId] FOREIGN KEY ([ProgrammeId]) REFERENCES [Programmes] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE TABLE [ProgrammeEnrolments] (
        [Id] int NOT NULL IDENTITY,
        [Version] bigint NOT NULL,
        [CohortId] int NOT NULL,
        [ProgrammeId] int NOT NULL,
        [ParticipantUserId] int NOT NULL,
        [ParticipantName] nvarchar(200) NOT NULL,
        [ParticipantEmail] nvarchar(254) NOT NULL,
        [OrganisationId] int NULL,
        [EnrolledAt] datetime2 NOT NULL,
        [Fee] nvarchar(20) NOT NULL,
        [FeeRecordedBy] nvarchar(256) NULL,
        [FeeRecordedAt] datetime2 NULL,
        [StepsRecorded] int NOT NULL,
        [CompletedAt] datetime2 NULL,
        [AwardId] int NULL,
        CONSTRAINT [PK_ProgrammeEnrolments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProgrammeEnrolments_AspNetUsers_ParticipantUserId] FOREIGN KEY ([ParticipantUserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProgrammeEnrolments_BadgeAwards_AwardId] FOREIGN KEY ([AwardId]) REFERENCES [BadgeAwards] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProgrammeEnrolments_Cohorts_CohortId] FOREIGN KEY ([CohortId]) REFERENCES [Cohorts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProgrammeEnrolments_Employers_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Employers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProgrammeEnrolments_Programmes_ProgrammeId] FOREIGN KEY ([ProgrammeId]) REFERENCES [Programmes] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE TABLE [ProgressEntries] (
        [Id] int NOT NULL IDENTITY,
        [EnrolmentId] int NOT NULL,
        [RequirementId] int NOT NULL,
        [Met] bit NOT NULL,
        [OccurredOn] date NOT NULL,
        [Narrative] nvarchar(2000) NULL,
        [Url] nvarchar(500) NULL,
        [Scores] nvarchar(max) NOT NULL,
        [RecordedByUserId] int NOT NULL,
        [RecordedBy] nvarchar(256) NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_ProgressEntries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProgressEntries_ProgrammeEnrolments_EnrolmentId] FOREIGN KEY ([EnrolmentId]) REFERENCES [ProgrammeEnrolments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE INDEX [IX_BadgeAwards_RecipientUserId] ON [BadgeAwards] ([RecipientUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE INDEX [IX_Cohorts_CoachUserId] ON [Cohorts] ([CoachUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE INDEX [IX_Cohorts_ObserverUserId] ON [Cohorts] ([ObserverUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE INDEX [IX_Cohorts_ProgrammeId_StartsOn] ON [Cohorts] ([ProgrammeId], [StartsOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE INDEX [IX_Cohorts_TrainerUserId] ON [Cohorts] ([TrainerUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE INDEX [IX_ProgrammeEnrolments_AwardId] ON [ProgrammeEnrolments] ([AwardId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ProgrammeEnrolments_CohortId_ParticipantUserId] ON [ProgrammeEnrolments] ([CohortId], [ParticipantUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE INDEX [IX_ProgrammeEnrolments_OrganisationId] ON [ProgrammeEnrolments] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE INDEX [IX_ProgrammeEnrolments_ParticipantUserId] ON [ProgrammeEnrolments] ([ParticipantUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE INDEX [IX_ProgrammeEnrolments_ProgrammeId_OrganisationId_CompletedAt] ON [ProgrammeEnrolments] ([ProgrammeId], [OrganisationId], [CompletedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ProgrammeRequirements_ProgrammeId_Step] ON [ProgrammeRequirements] ([ProgrammeId], [Step]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE INDEX [IX_Programmes_BadgeClassId] ON [Programmes] ([BadgeClassId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Programmes_Name] ON [Programmes] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE INDEX [IX_ProgressEntries_EnrolmentId_RequirementId] ON [ProgressEntries] ([EnrolmentId], [RequirementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE INDEX [IX_StaffCompletionTallies_OrganisationId] ON [StaffCompletionTallies] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    CREATE UNIQUE INDEX [IX_StaffCompletionTallies_ProgrammeId_OrganisationId] ON [StaffCompletionTallies] ([ProgrammeId], [OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204015205_Programmes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204015205_Programmes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205011043_BadgeAwardsByRecipient'
)
BEGIN
    CREATE INDEX [IX_BadgeAwards_RecipientKey_BadgeClassId] ON [BadgeAwards] ([RecipientKey], [BadgeClassId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205011043_BadgeAwardsByRecipient'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205011043_BadgeAwardsByRecipient', N'10.0.15');
END;

COMMIT;
GO

