using System.Collections;
using System.Text;

namespace Internships.Matching;

/// <summary>
/// One side's ids by final index, as UTF-8 back to back (id i is <c>bytes[starts[i]..starts[i + 1]]</c>): a string
/// is made only when one is asked for, so a caller that writes ids out as UTF-8 (<see cref="Utf8Of"/>) never makes a
/// million of them.
/// </summary>
internal sealed class IdList(byte[] bytes, int[] starts) : IReadOnlyList<string>
{
    public int Count => starts.Length - 1;

    public string this[int index] => Encoding.UTF8.GetString(Utf8Of(index));

    public ReadOnlySpan<byte> Utf8Of(int index) => bytes.AsSpan(starts[index], starts[index + 1] - starts[index]);

    public IEnumerator<string> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
        {
            yield return this[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
