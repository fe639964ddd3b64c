namespace ContentReview.Tests.Review;

public class CategoriesTests
{
    [Fact]
    public void All_ListsEveryWellKnownCategoryOnce()
    {
        Assert.Equal(15, Categories.All.Count);
        Assert.Equal(Categories.All.Count, Categories.All.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Categories.All, c => Assert.Matches("^[a-z]+(-[a-z]+)*$", c));
    }
}
