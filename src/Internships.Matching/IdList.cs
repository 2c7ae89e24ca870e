using System.Collections;

namespace Internships.Matching;

/// <summary>
/// One side's ids by final index, read from its <see cref="IdTable"/>: a string is made only when one is asked for,
/// so a caller that writes ids out as UTF-8 (<see cref="Utf8Of"/>) never makes a million of them.
/// </summary>
internal sealed class IdList(IdTable table, int[] provisionalByFinal) : IReadOnlyList<string>
{
    public int Count => provisionalByFinal.Length;

    public string this[int index] => table.IdOf(provisionalByFinal[index]);

    public ReadOnlySpan<byte> Utf8Of(int index) => table.Utf8Of(provisionalByFinal[index]);

    public IEnumerator<string> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
        {
            yield return this[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
