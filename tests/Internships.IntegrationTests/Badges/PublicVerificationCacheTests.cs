using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Internships.Application.Common.Interfaces;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Badges;

/// <summary>
/// An award's VC-JWT, baked images and verification page are served from the node's cache while the award, its badge
/// and its endorser are unchanged, and never after: each request checks the award's stamp in the database first. Every
/// test here reads the documents once (filling the cache) before the change it makes.
/// </summary>
public sealed class PublicVerificationCacheTests
{
    private static District District => TestHost.District;

    private static async Task<(JsonObject Award, StudentActor Student, JsonObject Badge)> AwardAsync()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), [], grade: 12, age: 18);
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(kind: "Capacity"));
        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards",
            new { studentId = student.StudentId, narrative = "Ran the food bank's spring inventory." }, HttpStatusCode.Created);
        return (award, student, badge);
    }

    private static string Link(JsonObject award, string name) => (string)award["links"]![name]!;

    [Test]
    public async Task A_revocation_is_served_at_once_after_the_documents_were_cached()
    {
        var (award, _, _) = await AwardAsync();
        var anonymous = District.Anonymous.Http;
        var page = Link(award, "verificationPage");
        Assert.That(await anonymous.GetStringAsync(page), Does.Contain("status-Valid"));
        await anonymous.GetByteArrayAsync(Link(award, "assertionImage"));
        await anonymous.GetByteArrayAsync(Link(award, "credentialImage"));
        var before = await anonymous.GetAsync(Link(award, "credential"));
        var etag = before.Headers.ETag!.ToString();

        await District.Coordinator.PostJsonAsync($"/api/awards/{award["id"]}/revoke", new { reason = "Awarded by mistake." });

        var html = await anonymous.GetStringAsync(page);
        Assert.That(html, Does.Contain("status-Revoked").And.Not.Contain("status-Valid"));
        Assert.That(html, Does.Not.Contain("Ran the food bank's spring inventory."), "no evidence is shown once revoked");
        Assert.That((await anonymous.GetAsync(Link(award, "assertionImage"))).StatusCode, Is.EqualTo(HttpStatusCode.Gone));
        Assert.That((await anonymous.GetAsync(Link(award, "credentialImage"))).StatusCode, Is.EqualTo(HttpStatusCode.Gone));
        var revalidated = await SendAsync(Link(award, "credential"), etag);
        Assert.That(revalidated.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the client's copy is no longer current: the status list must be read again");
        Assert.That(revalidated.Headers.ETag!.ToString(), Is.Not.EqualTo(etag));
    }

    [Test]
    public async Task The_documents_are_tagged_and_answer_304_until_the_award_changes()
    {
        var (award, student, _) = await AwardAsync();
        foreach (var link in new[] { "credential", "assertionImage", "credentialImage" })
        {
            var first = await District.Anonymous.GetAsync(Link(award, link));
            await first.ShouldHaveStatusAsync(HttpStatusCode.OK);
            var etag = first.Headers.ETag!.ToString();
            Assert.That(first.Headers.CacheControl!.NoCache, Is.True, $"{link}: stored, but checked again on each use");
            Assert.That(first.Headers.CacheControl.Public, Is.True, link);
            Assert.That((await SendAsync(Link(award, link), etag)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified), link);
            Assert.That((await SendAsync(Link(award, link), "\"0.0.0.19700101.0\"")).StatusCode, Is.EqualTo(HttpStatusCode.OK), link);
        }

        var etagBefore = (await District.Anonymous.GetAsync(Link(award, "credential"))).Headers.ETag!.ToString();
        await student.Client!.PutJsonAsync($"/api/me/badges/{award["id"]}/visibility", new { showName = true });
        Assert.That((await SendAsync(Link(award, "credential"), etagBefore)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "a changed award has a new tag");
    }

    [Test]
    public async Task The_page_shows_evidence_added_and_a_badge_renamed_after_it_was_cached()
    {
        var (award, student, badge) = await AwardAsync();
        var page = Link(award, "verificationPage");
        Assert.That(await District.Anonymous.Http.GetStringAsync(page), Does.Not.Contain("Inventory spreadsheet"));

        await student.Client!.PostJsonAsync($"/api/me/badges/{award["id"]}/artefacts",
            new { name = "Inventory spreadsheet", url = "https://portfolio.example/inventory", description = "Counted and sorted." });
        Assert.That(await District.Anonymous.Http.GetStringAsync(page), Does.Contain("Inventory spreadsheet"), "the artefact is shown at once");

        var renamed = $"Food Security Leader {District.Next()}";
        var body = BadgeBuilder.Body(name: renamed, kind: "Capacity");
        await (await District.Coordinator.ReplaceAsync($"/api/badges/{District.Id(badge)}", body)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.That(await District.Anonymous.Http.GetStringAsync(page), Does.Contain(renamed), "the badge's new name is shown at once");
    }

    [Test]
    public async Task A_credential_signed_now_is_the_same_from_the_cache_as_signed_afresh()
    {
        // An award made before credentials were kept is signed when asked for: the cached copy must be that signature.
        var (award, _, _) = await AwardAsync();
        var id = Guid.Parse(award["id"]!.GetValue<string>());
        await District.Factory.WithDbAsync(db => db.BadgeAwards.Where(a => a.PublicId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.IssuedCredential, (string?)null)));

        var first = await District.Anonymous.Http.GetStringAsync(Link(award, "credential"));
        var cached = await District.Anonymous.Http.GetStringAsync(Link(award, "credential"));
        var fresh = await District.Factory.WithDbAsync(async db =>
        {
            var stored = await db.BadgeAwards.AsNoTracking().Include(a => a.BadgeClass).SingleAsync(a => a.PublicId == id);
            Assert.That(stored.IssuedCredential, Is.Null);
            return District.Factory.Services.GetRequiredService<IOpenBadges>().CredentialJwt(stored, stored.BadgeClass!);
        });

        Assert.That(cached, Is.EqualTo(first));
        Assert.That(cached, Is.EqualTo(fresh), "byte for byte");
        var baked = PngChunks.InternationalText(await District.Anonymous.Http.GetByteArrayAsync(Link(award, "credentialImage")), "openbadgecredential");
        Assert.That(baked, Is.EqualTo(new[] { fresh }));
    }

    private static Task<HttpResponseMessage> SendAsync(string url, string ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        return District.Anonymous.Http.SendAsync(request);
    }
}
