using Internships.Domain.Common;
using Internships.Domain.Employers;
using Internships.Domain.Postings;
using Shouldly;

namespace Internships.UnitTests.Domain;

public sealed class SmallRulesTests
{
    [Test]
    public void Grade_masks_round_trip()
    {
        GradeMask.From([11, 12]).ShouldBe(0b1100);
        GradeMask.ToGrades(GradeMask.From([9, 12])).ShouldBe([9, 12]);
        Should.Throw<ArgumentOutOfRangeException>(() => GradeMask.For(8));
    }

    [Test]
    public void Partner_agreement_is_in_force_between_signing_and_expiry()
    {
        var signed = new DateOnly(2026, 1, 1);
        var employer = new Employer("E", "I", "e@e.local", null, null, null, signed, new DateOnly(2026, 12, 31));

        employer.HasPartnerAgreementOn(signed.AddDays(-1)).ShouldBeFalse();
        employer.HasPartnerAgreementOn(signed).ShouldBeTrue();
        employer.HasPartnerAgreementOn(new DateOnly(2026, 12, 31)).ShouldBeTrue();
        employer.HasPartnerAgreementOn(new DateOnly(2027, 1, 1)).ShouldBeFalse();
        new Employer("E", "I", "e@e.local", null, null, null, signed, null).HasPartnerAgreementOn(new DateOnly(2040, 1, 1)).ShouldBeTrue();
        new Employer("E", "I", "e@e.local", null, null, null, null, null).HasPartnerAgreementOn(signed).ShouldBeFalse();
    }

    [Test]
    public void An_agreement_cannot_expire_before_it_is_signed()
    {
        Should.Throw<DomainRuleException>(() =>
            new Employer("E", "I", "e@e.local", null, null, null, new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 1)));
    }
}
