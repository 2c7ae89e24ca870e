namespace Internships.Application.Common.Behaviors;

/// <summary>Runs the request's validators (and the paging rules of list requests); any failure is a 400 naming the fields.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly PagingValidator Paging = new();

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var context = new ValidationContext<TMessage>(message);
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        if (message is IPagedRequest paged)
        {
            failures.AddRange((await Paging.ValidateAsync(paged, cancellationToken)).Errors);
        }

        foreach (var validator in validators)
        {
            failures.AddRange((await validator.ValidateAsync(context, cancellationToken)).Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next(message, cancellationToken);
    }

    private sealed class PagingValidator : AbstractValidator<IPagedRequest>
    {
        public PagingValidator()
        {
            RuleFor(r => r.Page).GreaterThanOrEqualTo(1);
            RuleFor(r => r.PageSize).InclusiveBetween(1, Models.Paging.MaxPageSize);
        }
    }
}
