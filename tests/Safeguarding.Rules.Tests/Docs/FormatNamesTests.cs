using System.Linq;
using Safeguarding.Rules.Cli.Census;
using Safeguarding.Rules.Cli.Commands;
using Safeguarding.Rules.Cli.Section11;
using Safeguarding.Rules.Documentation;
using Xunit;

namespace Safeguarding.Rules.Tests.Docs;

// The documentation project may not depend on the CLI, so it names the JSON formats' values itself: these tests keep
// the schemas it writes and the readers and writers the CLI uses spelling every value the same way.
public class FormatNamesTests
{
    [Fact]
    public void The_case_file_schema_lists_the_partners_the_case_file_reader_accepts()
    {
        Assert.Equal(CaseFileReader.Partners.Keys.Order(), Formats.Partners.Order());
    }

    [Fact]
    public void The_self_assessment_schema_lists_the_statuses_and_the_address_the_reader_uses()
    {
        Assert.Equal(AssessmentReader.Statuses, Formats.Section11Statuses);
        Assert.Equal(AssessmentReader.SchemaUrl, Formats.Section11SchemaUrl);
    }

    [Fact]
    public void The_caseload_report_schema_keys_every_status_and_version_as_the_report_writer_does()
    {
        Assert.Equal(CaseloadWriter.SchemaVersion, Formats.CaseloadSchemaVersion);
        Assert.Equal(CaseloadWriter.Statuses.Select(CaseloadWriter.StatusKey), Formats.Statuses.Select(Formats.StatusKey));
    }
}
