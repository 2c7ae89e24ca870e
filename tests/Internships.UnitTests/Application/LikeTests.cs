using Internships.Application.Common.Models;
using Shouldly;

namespace Internships.UnitTests.Application;

public sealed class LikeTests
{
    [TestCase("bridge", "%bridge%")]
    [TestCase("  100% ", "%100\\%%")]
    [TestCase("a_b", "%a\\_b%")]
    [TestCase("c:\\x", "%c:\\\\x%")]
    public void User_text_matches_itself(string typed, string pattern)
    {
        Like.Contains(typed).ShouldBe(pattern);
    }
}
