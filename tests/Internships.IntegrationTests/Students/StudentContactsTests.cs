using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Students;

/// <summary>Guardians and emergency contacts on a student's record, with the language to reach them in.</summary>
public sealed class StudentContactsTests
{
    private static District District => TestHost.District;

    private static object Contact(string name = "Rosa Ortiz", string language = "Spanish", bool emergency = true) => new
    {
        name, relationship = "Mother", phone = "+1 (559) 555-0142", email = "rosa.ortiz@family.example", preferredLanguage = language,
        isEmergencyContact = emergency,
    };

    [Test]
    public async Task A_coordinator_adds_corrects_and_removes_a_contact()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), [], withAccount: true);
        var url = $"/api/students/{student.StudentId}/contacts";

        var added = await District.Coordinator.PostJsonAsync(url, Contact(), HttpStatusCode.Created);
        var contact = added["contacts"]!.AsArray().Single()!;
        Assert.That(contact["preferredLanguage"]!.GetValue<string>(), Is.EqualTo("es-US"), "\"Spanish\" is stored as the code e-mail is written in");
        Assert.That(contact["isEmergencyContact"]!.GetValue<bool>(), Is.True);
        var contactId = District.Id(contact.AsObject());

        await District.Coordinator.PostJsonAsync(url, Contact("Luis Ortiz", "English", emergency: false), HttpStatusCode.Created);
        var corrected = await District.Coordinator.PutJsonAsync($"{url}/{contactId}", Contact(language: "en-US", emergency: false));
        Assert.That(corrected["contacts"]!.AsArray().Single(c => District.Id(c!.AsObject()) == contactId)!["preferredLanguage"]!.GetValue<string>(),
            Is.EqualTo("en-US"));

        // The student sees who the district will call about them.
        var own = await student.Client!.GetJsonAsync($"/api/students/{student.StudentId}");
        Assert.That(own["contacts"]!.AsArray(), Has.Count.EqualTo(2));

        var removed = await District.Coordinator.ExpectAsync<System.Text.Json.Nodes.JsonObject>(District.Coordinator.DeleteAsync($"{url}/{contactId}"));
        Assert.That(removed["contacts"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "Luis Ortiz" }));
        await (await District.Coordinator.DeleteAsync($"{url}/{contactId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_language_the_district_does_not_write_in_is_refused()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), [], withAccount: false);

        await (await District.Coordinator.PostAsync($"/api/students/{student.StudentId}/contacts", Contact(language: "Hmong")))
            .ShouldBeValidationProblemAsync("preferredLanguage");
        var added = await District.Coordinator.PostJsonAsync($"/api/students/{student.StudentId}/contacts", Contact(language: "español"), HttpStatusCode.Created);
        Assert.That(added["contacts"]!.AsArray().Single()!["preferredLanguage"]!.GetValue<string>(), Is.EqualTo("es-US"));
    }

    [Test]
    public async Task Invalid_fields_are_named_in_the_pages_words_and_nothing_is_added()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), [], withAccount: false);
        var url = $"/api/students/{student.StudentId}/contacts";

        var problem = await (await District.Coordinator.PostAsync(url, new
        {
            name = "", relationship = "Aunt", phone = "call me", email = "not-an-address", preferredLanguage = "", isEmergencyContact = true,
        })).ShouldBeValidationProblemAsync("name", "phone", "email", "preferredLanguage");

        Assert.That(problem["errors"]!["name"]![0]!.GetValue<string>(), Is.EqualTo("Enter the contact's name."));
        Assert.That(problem["errors"]!["preferredLanguage"]![0]!.GetValue<string>(), Is.EqualTo("Choose the language they read: English (en-US) or Spanish (es-US)."));
        Assert.That(problem.ToJsonString(), Does.Not.Contain("'Preferred Language'"));
        var record = await District.Coordinator.GetJsonAsync($"/api/students/{student.StudentId}");
        Assert.That(record["contacts"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_student_has_at_most_six_contacts()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), [], withAccount: false);
        var url = $"/api/students/{student.StudentId}/contacts";
        for (var i = 0; i < 6; i++)
        {
            await District.Coordinator.PostJsonAsync(url, Contact($"Contact {i}"), HttpStatusCode.Created);
        }

        await (await District.Coordinator.PostAsync(url, Contact("One too many"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task A_contact_of_another_student_is_not_found()
    {
        var schoolId = await District.CreateSchoolAsync();
        var one = await District.CreateStudentAsync(schoolId, [], withAccount: false);
        var other = await District.CreateStudentAsync(schoolId, [], withAccount: false);
        var contactId = District.Id((await District.Coordinator.PostJsonAsync($"/api/students/{one.StudentId}/contacts", Contact(), HttpStatusCode.Created))
            ["contacts"]![0]!.AsObject());

        await (await District.Coordinator.PutAsync($"/api/students/{other.StudentId}/contacts/{contactId}", Contact()))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
