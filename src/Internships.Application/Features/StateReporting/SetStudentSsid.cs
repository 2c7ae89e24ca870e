using System.Text.Json.Serialization;
using Internships.Domain.Common;
using Internships.Domain.StateReporting;

namespace Internships.Application.Features.StateReporting;

/// <summary>A coordinator records (or clears) a student's statewide student id, the SSID the state reports use; it is unique.</summary>
[Authorize(Roles.Coordinator)]
public sealed record SetStudentSsidCommand(string? Ssid) : ICommand<StateIdDto>, IHasExpectedVersion
{
    [JsonIgnore] public int StudentId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<Domain.Students.Student>(StudentId);
}

/// <summary>A record's state identifier after a change.</summary>
public sealed record StateIdDto(int Id, string? Value);

public sealed class SetStudentSsidValidator : AbstractValidator<SetStudentSsidCommand>
{
    public SetStudentSsidValidator() =>
        RuleFor(x => x.Ssid).Must(s => string.IsNullOrWhiteSpace(s) || StateCodes.IsSsid(s.Trim()))
            .WithMessageKey("Calpads.SsidFormat");
}

public sealed class SetStudentSsidHandler(IAppDbContext db) : ICommandHandler<SetStudentSsidCommand, StateIdDto>
{
    public async ValueTask<StateIdDto> Handle(SetStudentSsidCommand command, CancellationToken cancellationToken)
    {
        var student = await db.Students.FirstOrDefaultAsync(s => s.Id == command.StudentId, cancellationToken)
            ?? throw NotFoundException.For("Student", command.StudentId);
        var ssid = string.IsNullOrWhiteSpace(command.Ssid) ? null : command.Ssid.Trim();
        if (ssid is not null && await db.Students.AnyAsync(s => s.Ssid == ssid && s.Id != student.Id, cancellationToken))
        {
            throw new ConflictException(RuleKeys.StateReporting.SsidTaken, $"Another student already has the SSID {ssid}.", ssid);
        }

        student.SetStatewideId(ssid);
        return new StateIdDto(student.Id, student.Ssid);
    }
}
