namespace Internships.Application.Common.Interfaces;

/// <summary>
/// Marks a query that shows students' education records: each time someone other than the student reads one, the
/// audit trail records who looked at which student's record (<see cref="Behaviors.StudentRecordViewBehavior{TMessage, TResponse}"/>).
/// </summary>
public interface IReadsStudentRecords<in TResponse>
{
    /// <summary>The students whose records the answer shows.</summary>
    IEnumerable<int> StudentsIn(TResponse response);
}
