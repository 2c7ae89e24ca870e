using System.IO.Compression;
using System.Text;
using Internships.Application.Features.Roster;
using Internships.Application.Features.Roster.OneRoster;
using Shouldly;

namespace Internships.UnitTests.Roster;

/// <summary>Reading the CSV of a OneRoster zip: quoting, line numbers, value formats, what a delta file must say.</summary>
public sealed class OneRosterReaderTests
{
    private const string UsersHeader = "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,"
        + "phone,agentSourcedIds,grades,password,userMasterIdentifier,resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,"
        + "primaryOrgSourcedId,pronouns";

    private const string RolesHeader = "sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId";

    private static byte[] Zip(string mode, params (string Name, string Text, bool Bom)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var manifest = new StringBuilder("propertyName,value\r\nmanifest.version,1.0\r\noneroster.version,1.2\r\n");
            foreach (var (name, _, _) in files)
            {
                manifest.Append($"file.{Path.GetFileNameWithoutExtension(name)},{mode}\r\n");
            }

            foreach (var (name, text, bom) in files.Prepend(("manifest.csv", manifest.ToString(), false)))
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(bom));
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }

    private static (OneRosterData Data, List<RosterIssue> Issues) Read(byte[] zip)
    {
        using var package = OneRosterPackage.Open(zip);
        package.CheckStructure().ShouldBeEmpty();
        var issues = new List<RosterIssue>();
        return (OneRosterReader.Read(package, issues), issues);
    }

    private static string User(string sourcedId, string userIds = "", string givenName = "Ana", string familyName = "Núñez") =>
        $"{sourcedId},,,true,{sourcedId}-user,{userIds},{givenName},{familyName},,{sourcedId}-id,{sourcedId}@x.example,,,,11,,,,,,,,\r\n";

    private static string Role(string sourcedId, string user, string role = "student") => $"{sourcedId},,,{user},primary,{role},,,org-1,\r\n";

    [Test]
    public void Quoted_fields_keep_their_commas_quotes_and_line_breaks_and_lines_are_counted_in_the_file()
    {
        var users = UsersHeader + "\r\n"
            + User("u1", givenName: "\"José, \"\"Pepe\"\"\"", familyName: "\"Núñez\r\nde la Cruz\"")
            + User("u2", familyName: "Zoë");
        var (data, issues) = Read(Zip("bulk", ("users.csv", users, true), ("roles.csv", RolesHeader + "\r\n" + Role("r1", "u1") + Role("r2", "u2"), false)));

        issues.ShouldBeEmpty();
        data.Users[0].GivenName.ShouldBe("José, \"Pepe\"");
        data.Users[0].FamilyName.ShouldBe("Núñez\r\nde la Cruz");
        data.Users.Select(u => u.Line).ShouldBe([2, 4], "the first user's name spans lines 2 and 3");
        data.Users[1].FamilyName.ShouldBe("Zoë");
    }

    [Test]
    public void User_ids_are_type_identifier_pairs_and_a_malformed_one_is_an_error_on_its_line()
    {
        var users = UsersHeader + "\r\n" + User("u1", "\"{state:5501234},{LDAP:anunez}\"") + User("u2", "{oops}");
        var (data, issues) = Read(Zip("bulk", ("users.csv", users, false), ("roles.csv", RolesHeader + "\r\n" + Role("r1", "u1") + Role("r2", "u2"), false)));

        data.Users.Single().UserIds.ShouldBe([("state", "5501234"), ("LDAP", "anunez")]);
        issues.ShouldHaveSingleItem().ShouldBe(new RosterIssue("users.csv", 3, "userIds", issues[0].Message));
        issues[0].Message.ShouldContain("{type:identifier}");
    }

    [Test]
    public void A_reference_to_no_row_of_a_bulk_file_is_an_error_but_one_to_a_row_with_errors_is_not_a_second_one()
    {
        var users = UsersHeader + "\r\n" + User("u1") + User("u2", "{oops}");
        var roles = RolesHeader + "\r\n" + Role("r1", "u1") + Role("r2", "u2") + Role("r3", "u9");
        var (data, issues) = Read(Zip("bulk", ("users.csv", users, false), ("roles.csv", roles, false)));

        data.Users.Select(u => u.SourcedId).ShouldBe(["u1"]);
        issues.Select(i => (i.File, i.Line, i.Field)).ShouldBe([("users.csv", 3, "userIds"), ("roles.csv", 4, "userSourcedId")], ignoreOrder: true);
        issues.Single(i => i.File == "roles.csv").Message.ShouldContain("'u9'");
    }

    [Test]
    public void Enumerations_take_the_specification_s_values_and_ext_extensions()
    {
        var roles = RolesHeader + "\r\n" + Role("r1", "u1", "ext:mentor") + Role("r2", "u1", "wizard") + "r3,,,u1,tertiary,student,,,org-1,\r\n";
        var (data, issues) = Read(Zip("bulk", ("users.csv", UsersHeader + "\r\n" + User("u1"), false), ("roles.csv", roles, false)));

        data.Roles.Select(r => r.Role).ShouldBe(["ext:mentor"]);
        issues.Select(i => (i.Line, i.Field)).ShouldBe([(3, "role"), (4, "roleType")], ignoreOrder: true);
    }

    [Test]
    public void A_delta_file_must_say_each_row_s_status_and_when_it_changed()
    {
        var users = UsersHeader.Replace("status,dateLastModified,", "", StringComparison.Ordinal) + "\r\n";
        using var package = OneRosterPackage.Open(Zip("delta", ("users.csv", users, false), ("roles.csv", RolesHeader + "\r\n", false)));

        package.CheckStructure().Select(i => (i.File, i.Field)).ShouldBe([("users.csv", "status"), ("users.csv", "dateLastModified")]);
    }

    [Test]
    public void Dates_are_yyyy_mm_dd_and_modification_times_iso_8601()
    {
        var demographics = "sourcedId,status,dateLastModified,birthDate\r\nu1,active,2026-08-01T09:30:00.000Z,2010-03-14\r\nu2,active,yesterday,14/03/2010\r\n";
        var (data, issues) = Read(Zip("delta", ("demographics.csv", demographics, false)));

        data.Demographics["u1"].BirthDate.ShouldBe(new DateOnly(2010, 3, 14));
        issues.Select(i => (i.Line, i.Field)).ShouldBe([(3, "dateLastModified"), (3, "birthDate")], ignoreOrder: true);
    }

    [Test]
    public void Bytes_that_are_not_a_zip_are_told_apart_from_a_zip()
    {
        OneRosterPackage.LooksLikeZip(Zip("bulk")).ShouldBeTrue();
        OneRosterPackage.LooksLikeZip("sourcedId,status\n"u8).ShouldBeFalse();
        OneRosterPackage.LooksLikeZip([]).ShouldBeFalse();
    }
}
