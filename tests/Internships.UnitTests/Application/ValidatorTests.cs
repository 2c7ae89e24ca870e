using Internships.Application;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Application.Features.Postings;
using Internships.Application.Features.Schools;
using Shouldly;

namespace Internships.UnitTests.Application;

public sealed class ValidatorTests
{
    private sealed class SignedIn(params string[] roles) : ICurrentUser
    {
        public bool IsAuthenticated => true;
        public int? UserId => 1;
        public string? UserName => "someone@tests.local";
        public int? StudentId => roles.Contains(Roles.Student) ? 5 : null;
        public int? EmployerId => null;
        public int? SupervisorId => null;
        public bool IsInRole(string role) => roles.Contains(role);
    }

    [Test]
    public void School_code_allows_letters_digits_and_hyphens_only()
    {
        var validator = new CreateSchoolValidator();

        validator.Validate(new CreateSchoolCommand("North High", "NH-01", null)).IsValid.ShouldBeTrue();
        var result = validator.Validate(new CreateSchoolCommand("North High", "NH 01;", null));

        result.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Code");
    }

    [Test]
    public void Only_students_filter_by_their_own_eligibility_and_only_others_by_status()
    {
        var asStudent = new SearchPostingsByRoleValidator(new SignedIn(Roles.Student));
        var asCoordinator = new SearchPostingsByRoleValidator(new SignedIn(Roles.Coordinator));

        asStudent.Validate(new SearchPostingsQuery(EligibleOnly: true)).IsValid.ShouldBeTrue();
        asStudent.Validate(new SearchPostingsQuery(Status: Internships.Domain.Postings.PostingStatus.Draft))
            .Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Status");
        asCoordinator.Validate(new SearchPostingsQuery(EligibleOnly: true)).Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("EligibleOnly");
    }

    [TestCase("deadline", true)]
    [TestCase("WAGE", true)]
    [TestCase("cheapest", false)]
    public void Sort_is_one_of_the_known_orders(string sort, bool valid)
    {
        new SearchPostingsValidator().Validate(new SearchPostingsQuery(Sort: sort)).IsValid.ShouldBe(valid);
    }

    [Test]
    public void Validators_that_need_nothing_are_built_once_and_those_that_need_the_user_per_request()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddApplication();

        services.Where(d => d.ImplementationType == typeof(SearchPostingsValidator)).Select(d => d.Lifetime).Distinct()
            .ShouldHaveSingleItem().ShouldBe(Microsoft.Extensions.DependencyInjection.ServiceLifetime.Singleton);
        services.Where(d => d.ImplementationType == typeof(SearchPostingsByRoleValidator)).Select(d => d.Lifetime).Distinct()
            .ShouldHaveSingleItem().ShouldBe(Microsoft.Extensions.DependencyInjection.ServiceLifetime.Scoped);
    }

    [Test]
    public void Wage_range_must_be_ordered()
    {
        var result = new SearchPostingsValidator().Validate(new SearchPostingsQuery(MinWage: 20, MaxWage: 15));

        result.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("MaxWage");
    }
}
