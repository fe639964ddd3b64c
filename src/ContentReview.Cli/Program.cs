using System.CommandLine;
using ContentReview.Cli.Commands;

// contentreview: each subcommand lives in Commands/ and is added here.
var root = new RootCommand("ContentReview: review Chinese government drafts for 错敏信息 before publication.");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
