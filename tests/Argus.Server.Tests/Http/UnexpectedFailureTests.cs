using System.Net;
using Argus.Server.Authorization;
using Argus.Server.Tests.Support;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.Tests.Http;

public sealed class UnexpectedFailureTests
{
    private const string InternalDetail = "connection string Password=hunter2 at db.internal";

    [Fact]
    public async Task Post_ResolverThrows_AnswersAGenericMessageWithTheRequestIdAndLogsTheExceptionServerSide()
    {
        using var capture = new CapturingLoggerProvider();
        await using var server = new ArgusServerFactory
        {
            ExtraLoggerProvider = capture,
            ReplaceServices = services => services.AddSingleton<ISchema>(ThrowingSchema()),
        };
        var token = server.CreateToken("tess", "org-failure", ClassificationLevel.Unclassified);

        var response = await server.PostAsync("{ boom }", token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["INTERNAL_SERVER_ERROR"], response.ErrorCodes);
        Assert.Contains("An internal error occurred (request ", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", response.Text, StringComparison.Ordinal);
        Assert.Contains(capture.Entries, e => e.Contains(InternalDetail, StringComparison.Ordinal));
    }

    private static Schema ThrowingSchema()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("boom").AllowsAnyCaller().Resolve(_ => throw new InvalidOperationException(InternalDetail));
        return new Schema { Query = query };
    }
}
