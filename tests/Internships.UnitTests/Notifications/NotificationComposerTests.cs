using Internships.Application.Features.Notifications;
using Shouldly;

namespace Internships.UnitTests.Notifications;

public sealed class NotificationComposerTests
{
    private static readonly NotificationComposer Composer =
        new(new NotificationSettings("Valley Unified School District", "careers@valley.example", "559-555-0100", "https://internships.valley.example/", "valley.example"));

    private static readonly NotificationMessage Message = new("Maya <b>", "You have an offer: Lab & field intern",
        ["Paragraph one.", "Paragraph <two>."], "Answer the offer", "/applications/12") { Items = ["first item"] };

    [Test]
    public void Both_bodies_carry_the_text_the_link_and_the_district()
    {
        var content = Composer.Compose(Message, essential: true);

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
        Composer.Compose(Message, essential: true).HtmlBody.ShouldSatisfyAllConditions(
            html => html.ShouldContain("Hello Maya &lt;b&gt;,"),
            html => html.ShouldContain("Paragraph &lt;two&gt;."),
            html => html.ShouldNotContain("<two>"));

    [Test]
    public void Only_non_essential_messages_offer_to_turn_them_off()
    {
        Composer.Compose(Message, essential: true).TextBody.ShouldNotContain("/settings/notifications");
        var optional = Composer.Compose(Message, essential: false);
        optional.TextBody.ShouldContain("https://internships.valley.example/settings/notifications");
        optional.HtmlBody.ShouldContain("https://internships.valley.example/settings/notifications");
    }

    [Test]
    public void An_absolute_link_is_kept_as_it_is() =>
        Composer.Compose(Message with { LinkPath = "https://badges.example/badges/abc" }, essential: true)
            .TextBody.ShouldContain("Answer the offer: https://badges.example/badges/abc");
}
