using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Badges;

/// <summary>The editor's preview of the image drawn for a badge's name, colour and kind, and the PNG-only upload.</summary>
public sealed class BadgeImagePreviewTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task The_preview_is_a_png_drawn_from_the_name_colour_and_kind()
    {
        var response = await District.Coordinator.GetAsync("/api/badges/preview-image?name=Water%20Technician&color=%231565C0&kind=Competency");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.That(png.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));

        var other = await (await District.Coordinator.GetAsync("/api/badges/preview-image?name=Water%20Technician&color=%23C62828&kind=Competency"))
            .Content.ReadAsByteArrayAsync();
        Assert.That(other, Is.Not.EqualTo(png), "another colour draws another image");

        await (await District.Coordinator.GetAsync("/api/badges/preview-image?name=&color=blue&kind=Completion"))
            .ShouldBeValidationProblemAsync("name", "color");
    }

    [Test]
    public async Task An_svg_is_refused_as_a_badge_image()
    {
        var badgeId = District.Id(await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body()));
        var svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"u8.ToArray();

        await (await District.Coordinator.Http.PutAsync($"/api/badges/{badgeId}/image", Pdf.Body(svg, "image/png"))).ShouldBeValidationProblemAsync("png");
        await (await District.Coordinator.Http.PutAsync($"/api/badges/{badgeId}/image", Pdf.Body(svg, "image/svg+xml")))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var badge = await District.Coordinator.GetJsonAsync($"/api/badges/{badgeId}");
        Assert.That(badge["hasUploadedImage"]!.GetValue<bool>(), Is.False);
    }
}
