using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Internships.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CoordinatorRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReviewedOnBehalfBy",
                table: "TimesheetEntries",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpiresOn",
                table: "PlacementDocuments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FileId",
                table: "PlacementDocuments",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordedOnBehalfBy",
                table: "Evaluations",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InsuranceCarrier",
                table: "Employers",
                type: "nvarchar(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InsuranceExpiresOn",
                table: "Employers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InsurancePolicyNumber",
                table: "Employers",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PartnerAgreementFileId",
                table: "Employers",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EmployerSafetyChecks",
                columns: table => new
                {
                    EmployerId = table.Column<int>(type: "int", nullable: false),
                    Item = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CheckedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerSafetyChecks", x => new { x.EmployerId, x.Item });
                    table.ForeignKey(
                        name: "FK_EmployerSafetyChecks_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoredFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Length = table.Column<int>(type: "int", nullable: false),
                    UploadedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StudentContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StudentId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Relationship = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Phone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    PreferredLanguage = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    IsEmergencyContact = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudentContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudentContacts_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementDocuments_FileId",
                table: "PlacementDocuments",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_Employers_PartnerAgreementFileId",
                table: "Employers",
                column: "PartnerAgreementFileId");

            migrationBuilder.CreateIndex(
                name: "IX_StudentContacts_StudentId",
                table: "StudentContacts",
                column: "StudentId");

            migrationBuilder.AddForeignKey(
                name: "FK_Employers_StoredFiles_PartnerAgreementFileId",
                table: "Employers",
                column: "PartnerAgreementFileId",
                principalTable: "StoredFiles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_PlacementDocuments_StoredFiles_FileId",
                table: "PlacementDocuments",
                column: "FileId",
                principalTable: "StoredFiles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Employers_StoredFiles_PartnerAgreementFileId",
                table: "Employers");

            migrationBuilder.DropForeignKey(
                name: "FK_PlacementDocuments_StoredFiles_FileId",
                table: "PlacementDocuments");

            migrationBuilder.DropTable(
                name: "EmployerSafetyChecks");

            migrationBuilder.DropTable(
                name: "StoredFiles");

            migrationBuilder.DropTable(
                name: "StudentContacts");

            migrationBuilder.DropIndex(
                name: "IX_PlacementDocuments_FileId",
                table: "PlacementDocuments");

            migrationBuilder.DropIndex(
                name: "IX_Employers_PartnerAgreementFileId",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "ReviewedOnBehalfBy",
                table: "TimesheetEntries");

            migrationBuilder.DropColumn(
                name: "ExpiresOn",
                table: "PlacementDocuments");

            migrationBuilder.DropColumn(
                name: "FileId",
                table: "PlacementDocuments");

            migrationBuilder.DropColumn(
                name: "RecordedOnBehalfBy",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "InsuranceCarrier",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "InsuranceExpiresOn",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "InsurancePolicyNumber",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "PartnerAgreementFileId",
                table: "Employers");
        }
    }
}
