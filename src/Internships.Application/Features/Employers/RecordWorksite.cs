using System.Text.Json.Serialization;
using Internships.Domain.Employers;

namespace Internships.Application.Features.Employers;

/// <summary>An item of the worksite-safety checklist and the day it was checked.</summary>
public sealed record SafetyCheckInput(WorksiteSafetyItem Item, DateOnly CheckedOn);

/// <summary>
/// A coordinator records the employer's liability insurance (carrier, policy, expiry) and the worksite-safety checklist
/// as the district found it: the items checked, each with the day; an item left out is not checked.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record RecordWorksiteCommand(string? InsuranceCarrier, string? InsurancePolicyNumber, DateOnly? InsuranceExpiresOn,
    IReadOnlyList<SafetyCheckInput>? SafetyChecks) : ICommand<EmployerDto>, IHasExpectedVersion
{
    [JsonIgnore]
    public int EmployerId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<Employer>(EmployerId);
}

public sealed class RecordWorksiteValidator : AbstractValidator<RecordWorksiteCommand>
{
    public RecordWorksiteValidator(IClock clock)
    {
        RuleFor(x => x.InsuranceCarrier).MaximumLength(120).WithMessageKey("Worksite.CarrierTooLong");
        RuleFor(x => x.InsurancePolicyNumber).MaximumLength(60).WithMessageKey("Worksite.PolicyTooLong");
        RuleFor(x => x.InsuranceCarrier).NotEmpty().When(x => !string.IsNullOrWhiteSpace(x.InsurancePolicyNumber) || x.InsuranceExpiresOn is not null)
            .WithMessageKey("Worksite.CarrierRequired");
        RuleFor(x => x.InsurancePolicyNumber).NotEmpty().When(x => !string.IsNullOrWhiteSpace(x.InsuranceCarrier))
            .WithMessageKey("Worksite.PolicyRequired");
        RuleFor(x => x.InsuranceExpiresOn).NotNull().When(x => !string.IsNullOrWhiteSpace(x.InsuranceCarrier))
            .WithMessageKey("Worksite.ExpiresRequired");
        RuleFor(x => x.SafetyChecks).Must(c => c is null || c.Select(x => x.Item).Distinct().Count() == c.Count)
            .WithMessageKey("Worksite.ItemTwice");
        RuleForEach(x => x.SafetyChecks).ChildRules(check =>
        {
            check.RuleFor(c => c.Item).IsInEnum().WithMessageKey("Worksite.ItemUnknown");
            check.RuleFor(c => c.CheckedOn).Cascade(CascadeMode.Stop)
                .NotEqual(default(DateOnly)).WithMessageKey("Worksite.CheckedOnRequired")
                .LessThanOrEqualTo(_ => clock.Today).WithMessageKey("Worksite.CheckedInFuture");
        });
    }
}

public sealed class RecordWorksiteHandler(IAppDbContext db, ICurrentUser user) : ICommandHandler<RecordWorksiteCommand, EmployerDto>
{
    public async ValueTask<EmployerDto> Handle(RecordWorksiteCommand command, CancellationToken cancellationToken)
    {
        var employer = await db.LoadEmployerAsync(command.EmployerId, cancellationToken);
        employer.RecordWorksite(command.InsuranceCarrier, command.InsurancePolicyNumber, command.InsuranceExpiresOn,
            (command.SafetyChecks ?? []).ToDictionary(c => c.Item, c => c.CheckedOn), user.AccountName());
        return EmployerDto.From(employer);
    }
}
