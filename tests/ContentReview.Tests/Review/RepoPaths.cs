namespace ContentReview.Tests;

/// <summary>Locates the repository root (the folder holding ContentReview.sln) from the test's output folder.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ContentReview.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root (ContentReview.sln) not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;
}
