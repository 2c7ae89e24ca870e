using Internships.Domain.Badges;
using Internships.Domain.Common;
using Shouldly;

namespace Internships.UnitTests.Badges;

/// <summary>
/// A student's claim to a badge: only badges that allow claims, for students; a narrative and http(s) links; reviewed once
/// (approve, ask for more, decline with a reason); open while waiting or sent back, and only then changed by its student.
/// </summary>
public sealed class BadgeClaimTests
{
    private static readonly DateTime Now = new(2026, 12, 3, 18, 0, 0, DateTimeKind.Utc);

    private static BadgeClass ClaimableBadge(bool allowsClaims = true, bool active = true) =>
        BadgeKit.WithId(new BadgeClass(new BadgeClassDetails("Community Volunteer", "Volunteered in the community.", "Forty hours of volunteering.",
            BadgeKind.Competency, BadgeRecipientType.Student, "#2E7D32", null, null, ["Service"], [], [], null, active, allowsClaims), Now), 5);

    private static BadgeClaim Claim(BadgeClass? badge = null, params string[] links) =>
        BadgeKit.WithId(BadgeClaim.Submit(badge ?? ClaimableBadge(), 7, "  I volunteered at the food bank for 40 hours.  ", links, Now), 11);

    [Test]
    public void A_new_claim_waits_for_review_open_for_its_student_and_badge()
    {
        var claim = Claim(null, "https://example.org/letter", " https://example.org/letter ");

        claim.Status.ShouldBe(BadgeClaimStatus.Submitted);
        claim.IsOpen.ShouldBeTrue();
        claim.OpenFor.ShouldBe(BadgeClaim.OpenKey(7, 5));
        claim.Narrative.ShouldBe("I volunteered at the food bank for 40 hours.");
        claim.Links.ShouldBe(["https://example.org/letter"]);
        claim.AwardKey.ShouldBe("claim:11");
    }

    [Test]
    public void A_badge_that_does_not_allow_claims_or_is_retired_cannot_be_claimed()
    {
        Should.Throw<DomainRuleException>(() => Claim(ClaimableBadge(allowsClaims: false))).Message.ShouldContain("cannot be claimed");
        Should.Throw<DomainRuleException>(() => Claim(ClaimableBadge(active: false))).Message.ShouldContain("retired");
    }

    [Test]
    public void Only_badges_for_students_allow_claims()
    {
        Should.Throw<DomainRuleException>(() => new BadgeClass(new BadgeClassDetails("Partner", "An employer partner.", "Host interns.",
            BadgeKind.Capacity, BadgeRecipientType.Organisation, "#2E7D32", null, null, [], [], [], null, true, AllowsClaims: true), Now));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void A_claim_needs_a_narrative(string narrative) =>
        Should.Throw<DomainRuleException>(() => BadgeClaim.Submit(ClaimableBadge(), 7, narrative, [], Now));

    [TestCase("javascript:alert(1)")]
    [TestCase("ftp://example.org/file")]
    [TestCase("not a link")]
    public void Links_are_http_or_https_only(string link) =>
        Should.Throw<DomainRuleException>(() => Claim(null, link)).Message.ShouldContain("http");

    [Test]
    public void Approving_closes_the_claim_and_records_who_and_when()
    {
        var claim = Claim();

        claim.Approve("coordinator@district.example", Now.AddDays(1));

        claim.Status.ShouldBe(BadgeClaimStatus.Approved);
        claim.IsOpen.ShouldBeFalse();
        claim.OpenFor.ShouldBeNull();
        claim.ReviewedBy.ShouldBe("coordinator@district.example");
        claim.ReviewedAt.ShouldBe(Now.AddDays(1));
    }

    [Test]
    public void A_claim_is_reviewed_once()
    {
        var claim = Claim();
        claim.Approve("a", Now);

        Should.Throw<InvalidStateTransitionException>(() => claim.Approve("b", Now));
        Should.Throw<InvalidStateTransitionException>(() => claim.Decline("too late", "b", Now));
        Should.Throw<InvalidStateTransitionException>(() => claim.AskForMore("more", "b", Now));
        Should.Throw<InvalidStateTransitionException>(() => claim.Resubmit("changed", [], Now));
    }

    [Test]
    public void Declining_needs_a_reason_the_student_sees()
    {
        var claim = Claim();

        Should.Throw<DomainRuleException>(() => claim.Decline(" ", "a", Now));
        claim.Status.ShouldBe(BadgeClaimStatus.Submitted);

        claim.Decline(" Hours are not signed. ", "a", Now);
        claim.Status.ShouldBe(BadgeClaimStatus.Declined);
        claim.ReviewNote.ShouldBe("Hours are not signed.");
        claim.OpenFor.ShouldBeNull();
    }

    [Test]
    public void Asked_for_more_the_student_resubmits_and_it_waits_for_review_again()
    {
        var claim = Claim();
        claim.AskForMore("Add the organiser's letter.", "a", Now);
        claim.Status.ShouldBe(BadgeClaimStatus.MoreRequested);
        claim.IsOpen.ShouldBeTrue();
        claim.OpenFor.ShouldBe(BadgeClaim.OpenKey(7, 5));
        Should.Throw<InvalidStateTransitionException>(() => claim.Approve("a", Now), "a claim sent back is not approved before it is resubmitted");

        claim.Resubmit("40 hours, letter linked.", ["https://example.org/letter"], Now.AddDays(2));

        claim.Status.ShouldBe(BadgeClaimStatus.Submitted);
        claim.SubmittedAt.ShouldBe(Now.AddDays(2));
        claim.Links.ShouldBe(["https://example.org/letter"]);
    }

    [Test]
    public void An_approved_claims_award_carries_the_claim_as_evidence_under_the_claims_key()
    {
        var badge = ClaimableBadge();
        var claim = Claim(badge, "https://example.org/letter");
        claim.Approve("a", Now);

        var award = BadgeAward.ForClaim(badge, new AwardRecipient(7, null, "Ana Diaz", "ana@example.org"), claim, Now);

        award.AwardKey.ShouldBe("claim:11");
        award.Evidence.Select(e => e.Kind).ShouldBe([EvidenceKind.Narrative, EvidenceKind.Artefact]);
        award.Evidence[0].Narrative.ShouldBe(claim.Narrative);
        award.Evidence[1].Url.ShouldBe("https://example.org/letter");
        award.DomainEvents.OfType<BadgeAwarded>().ShouldHaveSingleItem();

        claim.RecordAward(award);
        Should.Throw<DomainRuleException>(() => claim.RecordAward(award));
    }
}
