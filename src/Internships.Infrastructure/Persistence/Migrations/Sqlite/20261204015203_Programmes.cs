using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Internships.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Programmes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "StaffRule",
                table: "BadgeClasses",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RecipientUserId",
                table: "BadgeAwards",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Programmes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    BadgeClassId = table.Column<int>(type: "INTEGER", nullable: false),
                    PdHoursTarget = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: true),
                    FeeAmount = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programmes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Programmes_BadgeClasses_BadgeClassId",
                        column: x => x.BadgeClassId,
                        principalTable: "BadgeClasses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cohorts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Enrolled = table.Column<int>(type: "INTEGER", nullable: false),
                    TrainerUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    CoachUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    ObserverUserId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cohorts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cohorts_AspNetUsers_CoachUserId",
                        column: x => x.CoachUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cohorts_AspNetUsers_ObserverUserId",
                        column: x => x.ObserverUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cohorts_AspNetUsers_TrainerUserId",
                        column: x => x.TrainerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cohorts_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeRequirements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PdHours = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: false),
                    SessionsRequired = table.Column<int>(type: "INTEGER", nullable: true),
                    Criteria = table.Column<string>(type: "TEXT", nullable: false),
                    PassingScore = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeRequirements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeRequirements_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffCompletionTallies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Completed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffCompletionTallies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffCompletionTallies_Employers_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StaffCompletionTallies_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeEnrolments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantUserId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ParticipantEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    EnrolledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Fee = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FeeRecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    FeeRecordedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StepsRecorded = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AwardId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeEnrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeEnrolments_AspNetUsers_ParticipantUserId",
                        column: x => x.ParticipantUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeEnrolments_BadgeAwards_AwardId",
                        column: x => x.AwardId,
                        principalTable: "BadgeAwards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeEnrolments_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeEnrolments_Employers_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeEnrolments_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgressEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnrolmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequirementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Met = table.Column<bool>(type: "INTEGER", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Scores = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressEntries_ProgrammeEnrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "ProgrammeEnrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BadgeAwards_RecipientUserId",
                table: "BadgeAwards",
                column: "RecipientUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_CoachUserId",
                table: "Cohorts",
                column: "CoachUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_ObserverUserId",
                table: "Cohorts",
                column: "ObserverUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_ProgrammeId_StartsOn",
                table: "Cohorts",
                columns: new[] { "ProgrammeId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_TrainerUserId",
                table: "Cohorts",
                column: "TrainerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeEnrolments_AwardId",
                table: "ProgrammeEnrolments",
                column: "AwardId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeEnrolments_CohortId_ParticipantUserId",
                table: "ProgrammeEnrolments",
                columns: new[] { "CohortId", "ParticipantUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeEnrolments_OrganisationId",
                table: "ProgrammeEnrolments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeEnrolments_ParticipantUserId",
                table: "ProgrammeEnrolments",
                column: "ParticipantUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeEnrolments_ProgrammeId_OrganisationId_CompletedAt",
                table: "ProgrammeEnrolments",
                columns: new[] { "ProgrammeId", "OrganisationId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeRequirements_ProgrammeId_Step",
                table: "ProgrammeRequirements",
                columns: new[] { "ProgrammeId", "Step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_BadgeClassId",
                table: "Programmes",
                column: "BadgeClassId");

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_Name",
                table: "Programmes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressEntries_EnrolmentId_RequirementId",
                table: "ProgressEntries",
                columns: new[] { "EnrolmentId", "RequirementId" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffCompletionTallies_OrganisationId",
                table: "StaffCompletionTallies",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffCompletionTallies_ProgrammeId_OrganisationId",
                table: "StaffCompletionTallies",
                columns: new[] { "ProgrammeId", "OrganisationId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProgrammeRequirements");

            migrationBuilder.DropTable(
                name: "ProgressEntries");

            migrationBuilder.DropTable(
                name: "StaffCompletionTallies");

            migrationBuilder.DropTable(
                name: "ProgrammeEnrolments");

            migrationBuilder.DropTable(
                name: "Cohorts");

            migrationBuilder.DropTable(
                name: "Programmes");

            migrationBuilder.DropIndex(
                name: "IX_BadgeAwards_RecipientUserId",
                table: "BadgeAwards");

            migrationBuilder.DropColumn(
                name: "StaffRule",
                table: "BadgeClasses");

            migrationBuilder.DropColumn(
                name: "RecipientUserId",
                table: "BadgeAwards");
        }
    }
}
