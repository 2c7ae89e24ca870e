using System.Text.Json.Serialization;
using Internships.Domain.StateReporting;

namespace Internships.Application.Features.StateReporting;

/// <summary>A coordinator records (or clears) a school's County-District-School code, from which state reports take the school and LEA codes.</summary>
[Authorize(Roles.Coordinator)]
public sealed record SetSchoolCdsCodeCommand(string? CdsCode) : ICommand<StateIdDto>, IHasExpectedVersion
{
    [JsonIgnore] public int SchoolId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<Domain.Schools.School>(SchoolId);
}

public sealed class SetSchoolCdsCodeValidator : AbstractValidator<SetSchoolCdsCodeCommand>
{
    public SetSchoolCdsCodeValidator() =>
        RuleFor(x => x.CdsCode).Must(c => string.IsNullOrWhiteSpace(c) || StateCodes.IsCdsCode(c.Trim()))
            .WithMessageKey("Calpads.CdsCodeFormat");
}

public sealed class SetSchoolCdsCodeHandler(IAppDbContext db) : ICommandHandler<SetSchoolCdsCodeCommand, StateIdDto>
{
    public async ValueTask<StateIdDto> Handle(SetSchoolCdsCodeCommand command, CancellationToken cancellationToken)
    {
        var school = await db.Schools.FirstOrDefaultAsync(s => s.Id == command.SchoolId, cancellationToken)
            ?? throw NotFoundException.For("School", command.SchoolId);
        school.SetCdsCode(command.CdsCode);
        return new StateIdDto(school.Id, school.CdsCode);
    }
}
