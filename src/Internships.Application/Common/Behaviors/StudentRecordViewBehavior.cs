using Internships.Domain.Audit;

namespace Internships.Application.Common.Behaviors;

/// <summary>
/// Records in the audit trail every view of a student's record by someone other than that student: after a query marked
/// <see cref="IReadsStudentRecords{TResponse}"/> has answered (so a refused or failed read records nothing), one line per
/// student shown, written in one INSERT. Background jobs (the system identity) are not people looking.
/// </summary>
public sealed class StudentRecordViewBehavior<TMessage, TResponse>(ICurrentUser user, IAuditTrail trail, IClock clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string UseCase = typeof(TMessage).Name.Replace("Query", "", StringComparison.Ordinal);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (message is IReadsStudentRecords<TResponse> reads && user is not SystemUser && user.IsAuthenticated)
        {
            var at = clock.UtcNow;
            var lines = reads.StudentsIn(response).Distinct().Where(id => id != user.StudentId)
                .Select(id => new AuditEntry(at, user.UserId, user.UserName, AuditAction.Viewed, "Student",
                    id.ToString(System.Globalization.CultureInfo.InvariantCulture), UseCase, []))
                .ToList();
            await trail.RecordAsync(lines, cancellationToken);
        }

        return response;
    }
}
