using Argus.Server.Authorization;
using Argus.Server.GraphQL.Relay;
using GraphQL.Types;

namespace Argus.Server.Tests.GraphQL.Relay;

public sealed class RelayConnectionsTests
{
    [Fact]
    public void FromPage_OneRowMoreThanAsked_ShowsThePageAndReportsANextPage()
    {
        var connection = RelayConnections.FromPage(["a", "b", "c"], pageSize: 2, row => "key-" + row, hasPreviousPage: true);

        Assert.Equal(["a", "b"], connection.Edges!.Select(e => e.Node));
        Assert.True(connection.PageInfo!.HasNextPage);
        Assert.True(connection.PageInfo.HasPreviousPage);
        Assert.Equal("key-b", RelayConnections.DecodeCursor(connection.PageInfo.EndCursor));
    }

    [Fact]
    public void FromPage_LastPage_ReportsNoNextPage()
    {
        var connection = RelayConnections.FromPage(["a"], pageSize: 2, row => row, hasPreviousPage: false);

        Assert.False(connection.PageInfo!.HasNextPage);
        Assert.Equal("a", RelayConnections.DecodeCursor(connection.PageInfo.StartCursor));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 !")]
    [InlineData("aGVsbG8=")] // base64 of "hello": not one of ours
    public void DecodeCursor_ForeignOrBrokenCursor_ReturnsNull(string? cursor)
    {
        Assert.Null(RelayConnections.DecodeCursor(cursor));
    }

    [Fact]
    public void Schema_ConnectionField_PlumbingTypesNeedNoDeclaration()
    {
        var query = new ObjectGraphType { Name = "Query" };
        var items = query.Connection<ItemType>("items");
        items.FieldType.SetAccess(AccessRequirement.Of(Role.Viewer));
        items.Resolve(_ => (object?)null);
        var schema = new Schema { Query = query };
        schema.RegisterVisitor(new RelayAccessVisitor());
        schema.Initialize();

        Assert.Empty(SchemaAccessAudit.FindUndeclaredFields(schema));
    }

    public sealed class ItemType : ObjectGraphType
    {
        public ItemType()
        {
            Name = "Item";
            this.SetAccess(AccessRequirement.AnyCaller);
            Field<StringGraphType>("name").Resolve(_ => "x");
        }
    }
}
