namespace Internships.Matching;

/// <summary>
/// A posting during deferred acceptance: where its heap of held students starts, how many it can and does hold, and
/// the key of the worst held once full (int.MaxValue before), so most rejections read this one small struct only.
/// </summary>
internal struct PostingHeap
{
    public int HeapStart;
    public int Capacity;
    public int Size;
    public int WorstKey;
}
