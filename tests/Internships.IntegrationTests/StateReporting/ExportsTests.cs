using System.Net;
using System.Text;
using Internships.IntegrationTests.Support;
using MiniExcelLibs;

namespace Internships.IntegrationTests.StateReporting;

/// <summary>Exports: the list's own filters, CSV that spreadsheets read safely, XLSX that reads back, and a line in the audit trail.</summary>
public sealed class ExportsTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task The_students_export_is_filtered_as_the_list_and_its_csv_neutralises_formulas()
    {
        var schoolId = await District.CreateSchoolAsync();
        var n = District.Next();
        await District.Coordinator.PostJsonAsync("/api/students", new
        {
            sisId = $"X-{n}", firstName = "=HYPERLINK(\"http://evil.example\")", lastName = $"Zoë{n}", email = $"x{n}@school.local", grade = 11,
            dateOfBirth = District.Today.AddYears(-16), schoolId,
        }, HttpStatusCode.Created);
        await District.CreateStudentAsync(schoolId, [], grade: 12, withAccount: false);

        var response = await District.Coordinator.GetAsync($"/api/students/export?schoolId={schoolId}&grade=11&format=Csv");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 with a byte-order mark");
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(2), "the heading and the one grade-11 student of the school");
        Assert.That(lines[0], Does.StartWith("SIS id,SSID,First name,Last name"));
        Assert.That(lines[1], Does.Contain("\"'=HYPERLINK(\"\"http://evil.example\"\")\"").And.Contain($"Zoë{n}"));

        var xlsx = await District.Coordinator.Http.GetByteArrayAsync($"/api/students/export?schoolId={schoolId}&format=Xlsx");
        var rows = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows.Select(r => r["First name"]), Does.Contain("=HYPERLINK(\"http://evil.example\")"), "XLSX keeps text as text");

        var audit = await District.Admin.GetJsonAsync("/api/audit?entityType=Export&entityId=students&action=Exported&pageSize=5");
        Assert.That(audit["items"]![0]!["summary"]!.GetValue<string>(), Does.Contain($"\"schoolId\":{schoolId}"));
    }

    [Test]
    public async Task The_placements_export_carries_hours_and_wages_and_an_employer_gets_only_its_own()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        await scenario.LogApprovedHoursAsync(4m);
        await PlacementScenario.CreateAsync(District);

        var xlsx = await District.Coordinator.Http.GetByteArrayAsync($"/api/placements/export?employerId={scenario.Employer.EmployerId}&format=Xlsx");
        var rows = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var row = rows.Single();
        Assert.Multiple(() =>
        {
            Assert.That(Convert.ToInt32(row["Placement"]), Is.EqualTo(scenario.PlacementId));
            Assert.That(Convert.ToDecimal(row["Approved hours"]), Is.EqualTo(4m));
            Assert.That(Convert.ToDecimal(row["Wages earned"]), Is.EqualTo(Math.Round(4m * Convert.ToDecimal(row["Hourly wage"]), 2)));
            Assert.That(row["Status"], Is.EqualTo("Active"));
        });

        var own = await scenario.Employer.Client.Http.GetStringAsync("/api/placements/export?format=Csv");
        Assert.That(own.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(2), "the heading and its one placement");
        await (await scenario.Student.Client!.GetAsync("/api/placements/export")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await District.Coordinator.GetAsync("/api/placements/export?format=Pdf")).ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
    }
}
