using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Internships.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RosterImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RosterModifiedAt",
                table: "Students",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourcedId",
                table: "Students",
                type: "TEXT",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourcedId",
                table: "Schools",
                type: "TEXT",
                maxLength: 255,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RosterImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileSize = table.Column<long>(type: "INTEGER", nullable: false),
                    DryRun = table.Column<bool>(type: "INTEGER", nullable: false),
                    CoordinatorMapping = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PreviewOfImportId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SkippedUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    Suggestions = table.Column<int>(type: "INTEGER", nullable: false),
                    ErrorCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Coordinators_Created = table.Column<int>(type: "INTEGER", nullable: false),
                    Coordinators_Deactivated = table.Column<int>(type: "INTEGER", nullable: false),
                    Coordinators_Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Coordinators_Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Schools_Created = table.Column<int>(type: "INTEGER", nullable: false),
                    Schools_Deactivated = table.Column<int>(type: "INTEGER", nullable: false),
                    Schools_Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Schools_Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Students_Created = table.Column<int>(type: "INTEGER", nullable: false),
                    Students_Deactivated = table.Column<int>(type: "INTEGER", nullable: false),
                    Students_Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Students_Updated = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RosterImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RosterImports_RosterImports_PreviewOfImportId",
                        column: x => x.PreviewOfImportId,
                        principalTable: "RosterImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourcedId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    SisRole = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    RosterModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PathwaySuggestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StudentId = table.Column<int>(type: "INTEGER", nullable: false),
                    PathwayId = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Courses = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SuggestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PathwaySuggestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PathwaySuggestions_Pathways_PathwayId",
                        column: x => x.PathwayId,
                        principalTable: "Pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PathwaySuggestions_RosterImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "RosterImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PathwaySuggestions_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RosterImportChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourcedId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RosterImportChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RosterImportChanges_RosterImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "RosterImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RosterImportErrors",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: false),
                    File = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: true),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RosterImportErrors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RosterImportErrors_RosterImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "RosterImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RosterImportFiles",
                columns: table => new
                {
                    ImportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RosterImportFiles", x => x.ImportId);
                    table.ForeignKey(
                        name: "FK_RosterImportFiles_RosterImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "RosterImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Students_SourcedId",
                table: "Students",
                column: "SourcedId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Schools_SourcedId",
                table: "Schools",
                column: "SourcedId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PathwaySuggestions_ImportId",
                table: "PathwaySuggestions",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_PathwaySuggestions_PathwayId",
                table: "PathwaySuggestions",
                column: "PathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_PathwaySuggestions_Status_PathwayId",
                table: "PathwaySuggestions",
                columns: new[] { "Status", "PathwayId" });

            migrationBuilder.CreateIndex(
                name: "IX_PathwaySuggestions_StudentId_PathwayId",
                table: "PathwaySuggestions",
                columns: new[] { "StudentId", "PathwayId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RosterImportChanges_ImportId",
                table: "RosterImportChanges",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_RosterImportErrors_ImportId",
                table: "RosterImportErrors",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_RosterImports_PreviewOfImportId",
                table: "RosterImports",
                column: "PreviewOfImportId");

            migrationBuilder.CreateIndex(
                name: "IX_RosterImports_Status_RequestedAt",
                table: "RosterImports",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_Email",
                table: "StaffMembers",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_SourcedId",
                table: "StaffMembers",
                column: "SourcedId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PathwaySuggestions");

            migrationBuilder.DropTable(
                name: "RosterImportChanges");

            migrationBuilder.DropTable(
                name: "RosterImportErrors");

            migrationBuilder.DropTable(
                name: "RosterImportFiles");

            migrationBuilder.DropTable(
                name: "StaffMembers");

            migrationBuilder.DropTable(
                name: "RosterImports");

            migrationBuilder.DropIndex(
                name: "IX_Students_SourcedId",
                table: "Students");

            migrationBuilder.DropIndex(
                name: "IX_Schools_SourcedId",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "RosterModifiedAt",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "SourcedId",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "SourcedId",
                table: "Schools");
        }
    }
}
