using System.Text.Json.Serialization;

namespace Internships.Application.Features.Postings;

/// <summary>A coordinator sends a submitted posting back to its employer as a draft, saying what to change.</summary>
[Authorize(Roles.Coordinator)]
public sealed record ReturnPostingCommand(string Reason) : ICommand<PostingDto>
{
    [JsonIgnore]
    public int PostingId { get; init; }
}

public sealed class ReturnPostingValidator : AbstractValidator<ReturnPostingCommand>
{
    public ReturnPostingValidator() => RuleFor(x => x.Reason).NotEmpty().WithMessageKey("Postings.ReturnReasonRequired")
        .MaximumLength(1000).WithMessageKey("Postings.ReturnReasonTooLong");
}

public sealed class ReturnPostingHandler(IAppDbContext db) : ICommandHandler<ReturnPostingCommand, PostingDto>
{
    public async ValueTask<PostingDto> Handle(ReturnPostingCommand command, CancellationToken cancellationToken) =>
        await db.ChangePostingAsync(command.PostingId, p => p.Return(command.Reason), cancellationToken);
}
