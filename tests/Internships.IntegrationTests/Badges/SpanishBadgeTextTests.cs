using System.Net;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Internships.IntegrationTests.Badges;

/// <summary>
/// A badge may carry its name and description in Spanish beside the English: the coordinator writes them through the
/// API, the public page shows a Spanish reader the Spanish (and an English reader the English), and the signed OB 3.0
/// credential carries both as language-tagged values, still verifying with the published keys.
/// </summary>
public sealed class SpanishBadgeTextTests
{
    private const string NameEs = "Pasantía de ingeniería completada";

    private const string DescriptionEs = "Reconoce una pasantía pagada completada en el programa de trayectorias profesionales del distrito.";

    private static District District => TestHost.District;

    [Test]
    public async Task The_Spanish_words_are_kept_shown_to_Spanish_readers_and_signed_beside_the_English()
    {
        var body = BadgeBuilder.Body(kind: "Competency");
        body["nameEs"] = NameEs;
        body["descriptionEs"] = DescriptionEs;
        var badge = await BadgeBuilder.CreateAsync(District, body);
        var english = badge["name"]!.GetValue<string>();
        Assert.That(badge["nameEs"]!.GetValue<string>(), Is.EqualTo(NameEs));
        Assert.That((await District.Coordinator.GetJsonAsync($"/api/badges/{District.Id(badge)}"))["descriptionEs"]!.GetValue<string>(),
            Is.EqualTo(DescriptionEs));

        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), [], grade: 12, age: 18);
        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards",
            new { studentId = student.StudentId, narrative = "Built the irrigation controller." }, HttpStatusCode.Created);
        var page = (string)award["links"]!["verificationPage"]!;

        var spanishPage = await GetPageAsync(page, "es-MX,es;q=0.9");
        Assert.That(spanishPage, Does.Contain($"<h1 id=\"badge-name\">{NameEs}</h1>").And.Contain("Reconoce una pasantía pagada"));
        Assert.That(spanishPage, Does.Not.Contain(english));
        var englishPage = await GetPageAsync(page, "en-US");
        Assert.That(englishPage, Does.Contain($"<h1 id=\"badge-name\">{english}</h1>").And.Not.Contain(NameEs));

        var payload = await VerifiedCredentialAsync((string)award["links"]!["credential"]!);
        Assert.That(payload["name"]!.AsArray().Select(v => (v!["@language"]!.GetValue<string>(), v["@value"]!.GetValue<string>())),
            Is.EqualTo(new[] { ("en-US", english), ("es-US", NameEs) }));
        Assert.That(payload["description"]!.AsArray().Select(v => v!["@language"]!.GetValue<string>()), Is.EqualTo(new[] { "en-US", "es-US" }));
        Assert.That(payload["credentialSubject"]!["achievement"]!["name"]!.GetValue<string>(), Is.EqualTo(english),
            "the achievement keeps the plain string OB 3.0's schema asks for");
    }

    [Test]
    public async Task Without_Spanish_a_Spanish_reader_sees_the_English_marked_as_English_and_the_credential_is_as_before()
    {
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body());
        var english = badge["name"]!.GetValue<string>();
        Assert.That(badge["nameEs"], Is.Null);
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), [], grade: 12, age: 18);
        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards",
            new { studentId = student.StudentId, narrative = "Finished the internship." }, HttpStatusCode.Created);

        var spanishPage = await GetPageAsync((string)award["links"]!["verificationPage"]!, "es");
        Assert.That(spanishPage, Does.Contain($"<h1 id=\"badge-name\" lang=\"en-US\">{english}</h1>"));

        var payload = await VerifiedCredentialAsync((string)award["links"]!["credential"]!);
        Assert.That(payload["name"]!.GetValue<string>(), Is.EqualTo(english));
        Assert.That(payload["description"], Is.Null);
    }

    [Test]
    public async Task A_Spanish_name_too_long_is_refused_naming_the_field()
    {
        var body = BadgeBuilder.Body();
        body["nameEs"] = new string('a', 121);

        await (await District.Coordinator.PostAsync("/api/badges", body)).ShouldBeValidationProblemAsync("nameEs");
    }

    [Test]
    public async Task A_minors_page_says_what_it_withholds_in_the_readers_language()
    {
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body());
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), [], grade: 11, age: 16);
        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards",
            new { studentId = student.StudentId, narrative = "Led the watershed survey." }, HttpStatusCode.Created);
        var page = (string)award["links"]!["verificationPage"]!;

        var spanishPage = await GetPageAsync(page, "es-US");
        Assert.That(spanishPage, Does.Contain("Un estudiante del distrito (no se muestra el nombre)")
            .And.Contain("Una nota del distrito (no se muestra)"));
        Assert.That(spanishPage, Does.Not.Contain("name not shown").And.Not.Contain("(not shown)").And.Not.Contain("Led the watershed survey"));
        var englishPage = await GetPageAsync(page, "en-US");
        Assert.That(englishPage, Does.Contain("A student of the district (name not shown)").And.Contain("A note from the district (not shown)"));
    }

    private static async Task<string> GetPageAsync(string url, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        var response = await District.Anonymous.Http.SendAsync(request);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()); // Razor writes "í" as "&#xED;"
    }

    /// <summary>The credential's payload, once its signature checked out against the published keys only.</summary>
    private static async Task<JsonObject> VerifiedCredentialAsync(string url)
    {
        var jwt = await District.Anonymous.Http.GetStringAsync(url);
        var keys = new JsonWebKeySet(await District.Anonymous.Http.GetStringAsync("/.well-known/jwks.json"));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidateAudience = false,
            ValidateIssuer = false,
            ValidateLifetime = false, // no expiry: the badge does not lapse
        });
        Assert.That(result.IsValid, Is.True, result.Exception?.Message);
        return JsonNode.Parse(Base64UrlEncoder.Decode(jwt.Split('.')[1]))!.AsObject();
    }
}
