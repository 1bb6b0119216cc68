using System.Net;
using CredChain.Verifier.Hosting;

namespace CredChain.Verifier.Tests.Hosting;

public sealed class ClientPartitionTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    [InlineData("fe80::1%2", "fe80::/64")]
    [InlineData("::1", "::/64")]
    public void Of_GroupsIpv6ByItsSlash64AndKeepsIpv4AsIs(string address, string partition)
    {
        Assert.Equal(partition, ClientPartition.Of(IPAddress.Parse(address)));
    }

    [Fact]
    public void Of_NoAddress_IsOneSharedPartition()
    {
        Assert.Equal("unknown", ClientPartition.Of(null));
    }
}
