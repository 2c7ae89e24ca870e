using Internships.Domain.Badges;
using Shouldly;

namespace Internships.UnitTests.Badges;

/// <summary>
/// A student under 18 publishes the least by default: the kinds of evidence, not what they say, until the student opts
/// in with a guardian's consent; reversible; an award whose recipient's age was not kept counts as a minor's.
/// </summary>
public sealed class MinorsEvidenceTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);
    private static readonly DateOnly EighteenNextSpring = new(2027, 4, 10);
    private static readonly DateTime Now = new(2026, 12, 3, 18, 0, 0, DateTimeKind.Utc);

    [Test]
    public void A_minors_public_evidence_is_only_its_kinds()
    {
        var award = BadgeKit.Award(BadgeKit.Badge(), adultFrom: EighteenNextSpring, showName: true);

        var published = award.PublicEvidenceOn(Today);

        published.Select(e => e.Kind).ShouldBe(BadgeKit.Evidence.Select(e => e.Kind));
        published.ShouldAllBe(e => e.Narrative == null && e.Url == null);
        string.Join(" ", published.Select(e => e.Name)).ShouldNotContain("Fresno");
        published.Select(e => e.Name).ShouldBe(BadgeKit.Evidence.Select(e => BadgeAward.WithheldEvidenceName(e.Kind)));
    }

    [Test]
    public void On_the_eighteenth_birthday_the_details_show()
    {
        var award = BadgeKit.Award(BadgeKit.Badge(), adultFrom: EighteenNextSpring);

        award.DetailsWithheldOn(EighteenNextSpring.AddDays(-1)).ShouldBeTrue();
        award.DetailsWithheldOn(EighteenNextSpring).ShouldBeFalse();
        award.PublicEvidenceOn(EighteenNextSpring).Single(e => e.Kind == EvidenceKind.Placement).Name.ShouldContain("Fresno");
    }

    [Test]
    public void A_minor_shows_the_details_only_with_a_guardians_consent_and_can_take_them_back()
    {
        var award = BadgeKit.Award(BadgeKit.Badge(), adultFrom: EighteenNextSpring);

        Should.Throw<Internships.Domain.Common.DomainRuleException>(() => award.SetDetailsPublication(true, " ", Today, Now));
        award.DetailsWithheldOn(Today).ShouldBeTrue();

        award.SetDetailsPublication(true, "  Rosa Diaz ", Today, Now);
        award.DetailsWithheldOn(Today).ShouldBeFalse();
        award.GuardianConsentName.ShouldBe("Rosa Diaz");
        award.GuardianConsentRecordedAt.ShouldBe(Now);
        award.PublicEvidenceOn(Today).Single(e => e.Kind == EvidenceKind.Artefact).Url.ShouldBe("https://portfolio.example/elm-bridge.pdf");

        award.SetDetailsPublication(false, null, Today, Now);
        award.DetailsWithheldOn(Today).ShouldBeTrue();
    }

    [Test]
    public void An_award_without_a_known_age_and_an_organisations_award()
    {
        var unknownAge = BadgeAward.Manual(BadgeKit.Badge(), new AwardRecipient(7, null, BadgeKit.RecipientName, BadgeKit.RecipientEmail),
            BadgeKit.Evidence, BadgeKit.IssuedAt);
        unknownAge.DetailsWithheldOn(Today).ShouldBeTrue("safer to treat as a minor's");

        var organisation = BadgeAward.Manual(BadgeKit.Badge(recipientType: BadgeRecipientType.Organisation),
            AwardRecipient.Organisation(3, "City of Fresno", "partners@fresno.example"), BadgeKit.Evidence, BadgeKit.IssuedAt);
        organisation.DetailsWithheldOn(Today).ShouldBeFalse();
    }

    [Test]
    public void An_award_made_out_to_an_opaque_address_hashes_that_address_not_the_e_mail()
    {
        var salted = (string address, string salt) => "sha256$" + Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(address + salt)));
        const string alias = "recipient-0a1b2c3d4e5f60718293a4b5@badges.valley.example";
        var award = BadgeAward.Manual(BadgeKit.Badge(),
            new AwardRecipient(7, null, BadgeKit.RecipientName, BadgeKit.RecipientEmail, BadgeKit.AnaAdultFrom, alias), BadgeKit.Evidence, BadgeKit.IssuedAt);

        award.RecipientIdentityHash.ShouldBe(salted(alias, award.Salt));
        award.RecipientIdentityHash.ShouldNotBe(salted(BadgeKit.RecipientEmail.ToLowerInvariant(), award.Salt));
        award.RecipientEmail.ShouldBe(BadgeKit.RecipientEmail.ToLowerInvariant(), "e-mail about the badge still reaches the student");
    }
}
