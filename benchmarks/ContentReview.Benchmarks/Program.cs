using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project benchmarks/ContentReview.Benchmarks -- --filter '*'
// Quick single-process matcher comparison: dotnet run -c Release --project benchmarks/ContentReview.Benchmarks -- matcher-compare
if (args.Length > 0 && args[0] == "matcher-compare")
{
    return ContentReview.Benchmarks.Matching.MatcherCompare.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
