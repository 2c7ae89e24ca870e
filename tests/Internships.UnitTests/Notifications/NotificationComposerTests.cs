using System.Globalization;
using Internships.Application.Common.Localization;
using Internships.Application.Features.Notifications;
using Shouldly;

namespace Internships.UnitTests.Notifications;

public sealed class NotificationComposerTests
{
    private static readonly NotificationComposer Composer =
        new(new NotificationSettings("Valley Unified School District", "careers@valley.example", "559-555-0100", "https://internships.valley.example/", "valley.example"));

    private static readonly EmailText English = new(CultureInfo.GetCultureInfo(Languages.English));

    private static readonly NotificationMessage Message = new("Maya <b>", "You have an offer: Lab & field intern",
        ["Paragraph one.", "Paragraph <two>."], "Answer the offer", "/applications/12") { Items = ["first item"] };

    [Test]
    public void Both_bodies_carry_the_text_the_link_and_the_district()
    {
        var content = Composer.Compose(Message, essential: true, English);

        content.Subject.ShouldBe("You have an offer: Lab & field intern");
        content.TextBody.ShouldContain("Hello Maya <b>,");
        content.TextBody.ShouldContain("Paragraph <two>.");
        content.TextBody.ShouldContain("  - first item");
        content.TextBody.ShouldContain("Answer the offer: https://internships.valley.example/applications/12");
        content.TextBody.ShouldContain("Valley Unified School District");
        content.TextBody.ShouldContain("careers@valley.example · 559-555-0100");
        content.HtmlBody.ShouldContain("<a href=\"https://internships.valley.example/applications/12\"");
        content.HtmlBody.ShouldContain("<li>first item</li>");
        content.HtmlBody.ShouldContain("Valley Unified School District");
    }

    [Test]
    public void Html_is_encoded() =>
        Composer.Compose(Message, essential: true, English).HtmlBody.ShouldSatisfyAllConditions(
            html => html.ShouldContain("Hello Maya &lt;b&gt;,"),
            html => html.ShouldContain("Paragraph &lt;two&gt;."),
            html => html.ShouldNotContain("<two>"));

    [Test]
    public void Only_non_essential_messages_offer_to_turn_them_off()
    {
        Composer.Compose(Message, essential: true, English).TextBody.ShouldNotContain("/settings/notifications");
        var optional = Composer.Compose(Message, essential: false, English);
        optional.TextBody.ShouldContain("https://internships.valley.example/settings/notifications");
        optional.HtmlBody.ShouldContain("https://internships.valley.example/settings/notifications");
    }

    [Test]
    public void An_absolute_link_is_kept_as_it_is() =>
        Composer.Compose(Message with { LinkPath = "https://badges.example/badges/abc" }, essential: true, English)
            .TextBody.ShouldContain("Answer the offer: https://badges.example/badges/abc");

    [Test]
    public void The_frame_of_a_Spanish_message_is_Spanish()
    {
        var content = Composer.Compose(Message, essential: false, new EmailText(CultureInfo.GetCultureInfo(Languages.Spanish)));

        content.TextBody.ShouldContain("Hola, Maya <b>:");
        content.TextBody.ShouldContain("¿Preguntas? careers@valley.example");
        content.TextBody.ShouldContain("Puede desactivar estos correos: https://internships.valley.example/settings/notifications");
        content.HtmlBody.ShouldContain("<html lang=\"es-US\">");
        content.HtmlBody.ShouldContain(">Desactivar estos correos</a>");
        content.TextBody.ShouldNotContain("Hello");
    }

    [Test]
    public void Dates_are_written_the_way_each_language_writes_them()
    {
        var day = new DateOnly(2026, 1, 14);

        English.Date(day).ShouldBe("January 14, 2026");
        new EmailText(CultureInfo.GetCultureInfo(Languages.Spanish)).Date(day).ShouldBe("14 de enero de 2026");
    }
}
