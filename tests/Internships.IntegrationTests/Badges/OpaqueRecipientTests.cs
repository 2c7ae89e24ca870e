using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Badges;

/// <summary>
/// A student who wants no badge confirmable by guessing their e-mail address has their next badges made out to an opaque
/// address on the district's domain; badges already issued keep theirs; e-mail still reaches them.
/// </summary>
public sealed class OpaqueRecipientTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Future_badges_are_made_out_to_an_opaque_address_when_the_student_asks()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);
        // The student record's address: the one awards are made out to and e-mail about them goes to.
        var email = (await District.Coordinator.GetJsonAsync($"/api/students/{student.StudentId}"))["email"]!.GetValue<string>().ToLowerInvariant();
        var before = await AwardAsync(student);
        Assert.That(await RecipientOfAsync(before), Is.EqualTo(Hash(email, before.Salt)));

        var chosen = await student.Client!.PutJsonAsync("/api/me/badges/recipient", new { opaque = true });
        var alias = chosen["address"]!.GetValue<string>();
        Assert.That(chosen["opaque"]!.GetValue<bool>(), Is.True);
        Assert.That(alias, Does.StartWith("recipient-").And.EndWith("@localhost").And.Not.Contain("student"));
        Assert.That((await student.Client.GetJsonAsync("/api/me/badges/recipient"))["address"]!.GetValue<string>(), Is.EqualTo(alias));

        var after = await AwardAsync(student);
        Assert.That(await RecipientOfAsync(after), Is.EqualTo(Hash(alias, after.Salt)), "made out to the opaque address");
        Assert.That(await RecipientOfAsync(before), Is.EqualTo(Hash(email, before.Salt)), "an issued badge keeps its address");
        Assert.That(await Mailbox.CountAsync(District.Factory, Internships.Domain.Notifications.NotificationKind.BadgeAwarded, email), Is.EqualTo(2),
            "both badges were announced to the real address");

        var back = await student.Client.PutJsonAsync("/api/me/badges/recipient", new { opaque = false });
        Assert.That(back["address"]!.GetValue<string>(), Is.EqualTo(email));
        await (await student.Client.PutAsync("/api/me/badges/recipient", new { })).ShouldBeValidationProblemAsync("opaque");
        await (await District.Coordinator.GetAsync("/api/me/badges/recipient")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task The_student_chooses_on_their_badges_page()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);
        var browser = PageBrowser.Open(District.Factory);
        await PageBrowser.SignInAsync(browser, (await student.Client!.GetJsonAsync("/api/me"))["email"]!.GetValue<string>(), District.Password);
        Assert.That(await browser.GetStringAsync("/student/badges"), Does.Contain("Use an anonymous address"));

        var done = await PageBrowser.PostFormAsync(browser, "/student/badges?handler=Recipient", new() { ["opaque"] = "true" });

        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var page = await browser.GetStringAsync("/student/badges");
        Assert.That(page, Does.Contain("Your next badges will be made out to recipient-").And.Contain("Use my e-mail address again"));
    }

    private static async Task<(string Assertion, string Salt)> AwardAsync(StudentActor student)
    {
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body());
        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards", new { studentId = student.StudentId },
            HttpStatusCode.Created);
        var assertion = (string)award["links"]!["assertion"]!;
        var salt = JsonNode.Parse(await District.Anonymous.Http.GetStringAsync(assertion))!["recipient"]!["salt"]!.GetValue<string>();
        return (assertion, salt);
    }

    private static async Task<string> RecipientOfAsync((string Assertion, string Salt) award) =>
        JsonNode.Parse(await District.Anonymous.Http.GetStringAsync(award.Assertion))!["recipient"]!["identity"]!.GetValue<string>();

    private static string Hash(string address, string salt) =>
        "sha256$" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address + salt)));
}
