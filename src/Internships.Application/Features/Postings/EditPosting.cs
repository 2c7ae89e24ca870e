using System.Text.Json.Serialization;

namespace Internships.Application.Features.Postings;

/// <summary>Rewrites a draft posting (a new one, or one a coordinator returned).</summary>
[Authorize(Roles.EmployerAdmin, Roles.Coordinator)]
public sealed record EditPostingCommand : PostingFields, ICommand<PostingDto>, IHasExpectedVersion
{
    [JsonIgnore]
    public int PostingId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<Domain.Postings.InternshipPosting>(PostingId);
}

public sealed class EditPostingValidator : AbstractValidator<EditPostingCommand>
{
    public EditPostingValidator(IAppDbContext db, IClock clock) => Include(new PostingFieldsValidator(db, clock));
}

public sealed class EditPostingAuthorizer(RecordAccess access) : IResourceAuthorizer<EditPostingCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(EditPostingCommand request, CancellationToken cancellationToken) =>
        access.ToManagePostingAsync(request.PostingId, cancellationToken);
}

public sealed class EditPostingHandler(IAppDbContext db) : ICommandHandler<EditPostingCommand, PostingDto>
{
    public async ValueTask<PostingDto> Handle(EditPostingCommand command, CancellationToken cancellationToken)
    {
        var posting = await db.Postings.Include(p => p.Pathways).Include(p => p.RequiredBadges).FirstOrDefaultAsync(p => p.Id == command.PostingId, cancellationToken)
            ?? throw NotFoundException.For("Posting", command.PostingId);
        await db.EnsureSupervisorWorksForAsync(command.SupervisorId, posting.EmployerId, cancellationToken);

        posting.Edit(command.ToDetails());
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadPostingAsync(posting.Id, cancellationToken);
    }
}
