using Scorecard.Measures.Publishing;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Measures.Tests.Publishing;

/// <summary>The secondary suppression rule on groups worked out by hand.</summary>
public class SecondarySuppressionTests
{
    private static SuppressionCell Cell(int count, bool hidden = false) => new(count, null, hidden);

    [Fact]
    public void OneHiddenPart_HidesTheNextSmallestPart()
    {
        // 30 = 3 + 10 + 17 with the 3 withheld: 30 - 10 - 17 gives it back, so the 10 goes too; 17 stays.
        var (small, ten, seventeen, total) = (Cell(3, hidden: true), Cell(10), Cell(17), Cell(30));
        SecondarySuppression.Apply([new SuppressionGroup(total, [small, ten, seventeen])]);
        (ten.Hidden, seventeen.Hidden, total.Hidden).ShouldBe((true, false, false));
    }

    [Fact]
    public void AHiddenTotal_HidesTheSmallestPart_ButNeverAnEmptyOne()
    {
        // A withheld total with every part shown is their sum: the smallest part with something in it goes. The 0
        // stays: a reader can often tell a part is empty, so hiding it would protect nothing.
        var (zero, four, nine) = (Cell(0), Cell(4), Cell(9));
        SecondarySuppression.Apply([new SuppressionGroup(Cell(13, hidden: true), [zero, four, nine])]);
        (zero.Hidden, four.Hidden, nine.Hidden).ShouldBe((false, true, false));
    }

    [Fact]
    public void OneHiddenPartBesideOnlyEmptyParts_HidesTheTotalInstead()
    {
        // 4 = 4 + 0 + 0: with the 4 withheld the total gives it away; the zeros cannot hide it, so the total goes.
        var (four, zeroA, zeroB, total) = (Cell(4, hidden: true), Cell(0), Cell(0), Cell(4));
        SecondarySuppression.Apply([new SuppressionGroup(total, [four, zeroA, zeroB])]);
        (total.Hidden, zeroA.Hidden, zeroB.Hidden).ShouldBe((true, false, false));
    }

    [Fact]
    public void AGroupWithOneHiddenPartAndNoOtherPart_HidesItsTotal_AndTheTotalsOwnGroupFollows()
    {
        // A locality with one team: the team is the locality. Hiding the team hides the locality; the locality is
        // then the one hidden part beside the authority, so its sister locality goes too.
        var team = Cell(4, hidden: true);
        var (north, south, authority) = (Cell(4), Cell(40), Cell(44));
        SecondarySuppression.Apply([new SuppressionGroup(north, [team]), new SuppressionGroup(authority, [north, south])]);
        (north.Hidden, south.Hidden, authority.Hidden).ShouldBe((true, true, false));
    }

    [Fact]
    public void TwoHiddenInEveryGroup_CanStillFixOne_AndThatOneGetsACompanion()
    {
        // T1 = a + b and T2 = a + b + c, T1 and T2 shown: every group has two or more hidden cells, yet c = T2 - T1.
        var (a, b, c) = (Cell(2, hidden: true), Cell(3, hidden: true), Cell(4, hidden: true));
        var (t1, t2) = (Cell(5), Cell(9));
        List<SuppressionGroup> groups = [new(t1, [a, b]), new(t2, [a, b, c])];
        SecondarySuppression.Determined(groups).ShouldBe([c]);

        SecondarySuppression.Apply(groups);

        SecondarySuppression.Determined(groups).ShouldBeEmpty();
        t2.Hidden.ShouldBeTrue();
    }

    [Fact]
    public void PartsThatDoNotAddUpToTheirTotal_GiveNothingAway_AndAreLeftAlone()
    {
        // Contacts belong to the front door: the authority's 3 of 40 is withheld, and its localities, which have no
        // contacts of their own, show "-" (0 of 0). 0 + 0 is not 3: a reader can work nothing out, nothing more is hidden.
        var authority = new SuppressionCell(3, 40, hidden: true);
        var (north, south) = (new SuppressionCell(0, 0, false), new SuppressionCell(0, 0, false));
        var group = new SuppressionGroup(authority, [north, south]);
        group.AddsUp.ShouldBeFalse();
        SecondarySuppression.Apply([group]);
        (north.Hidden, south.Hidden).ShouldBe((false, false));
        SecondarySuppression.Determined([group]).ShouldBeEmpty();
    }

    [Fact]
    public void APercentagesDenominators_AreProtectedToo()
    {
        // 2 of 4 withheld (a denominator of 4) beside 10 of 30 and 12 of 34, the numerators not adding up (a child in
        // two teams) but the denominators adding up: 34 - 30 would give the 4 back, so the 10 of 30 goes too.
        var small = new SuppressionCell(2, 4, hidden: true);
        var other = new SuppressionCell(10, 30, false);
        var total = new SuppressionCell(11, 34, false);
        var group = new SuppressionGroup(total, [small, other]);
        (group.NumeratorsAddUp, group.DenominatorsAddUp).ShouldBe((false, true));
        SecondarySuppression.Apply([group]);
        other.Hidden.ShouldBeTrue();
    }

    [Fact]
    public void NothingHidden_ChangesNothing()
    {
        var cells = new[] { Cell(6), Cell(7), Cell(13) };
        SecondarySuppression.Apply([new SuppressionGroup(cells[2], [cells[0], cells[1]])]);
        cells.ShouldAllBe(x => !x.Hidden);
    }
}

/// <summary>The one locality rule: the nearest unit at or above a unit whose level is Locality.</summary>
public class PublishedUnitsTests
{
    [Fact]
    public void ATeamsLocality_IsItsNearestLocality_ASubTeamsIsItsGrandparents_TheAuthorityHasNone()
    {
        OrganisationUnit Unit(int key, string id, OrgUnitLevel level, int? parent) =>
            new() { OrgUnitKey = key, OrgUnitId = id, Name = id, Level = level, ParentOrgUnitKey = parent };
        var units = Build(
            Unit(1, "AUTHORITY", OrgUnitLevel.Authority, null),
            Unit(2, "NORTH", OrgUnitLevel.Locality, 1),
            Unit(3, "N-TEAM", OrgUnitLevel.Team, 2),
            // A team with sub-teams is a locality by level (it has units under it); its sub-team's locality is it.
            Unit(4, "SOUTH", OrgUnitLevel.Locality, 1),
            Unit(5, "S-HUB", OrgUnitLevel.Locality, 4),
            Unit(6, "S-SUB", OrgUnitLevel.Team, 5),
            // A team straight under the authority has no locality.
            Unit(7, "CENTRAL", OrgUnitLevel.Team, 1));
        units.Select(u => $"{u.OrgUnitId}:{u.Locality}").ShouldBe(["AUTHORITY:", "NORTH:NORTH", "N-TEAM:NORTH", "SOUTH:SOUTH", "S-HUB:S-HUB", "S-SUB:S-HUB", "CENTRAL:"]);
        units.Single(u => u.OrgUnitId == "S-SUB").ParentName.ShouldBe("S-HUB");
    }

    private static List<Warehouse.Publishing.PublishedOrgUnit> Build(params OrganisationUnit[] units) => PublishedUnits.Build(units);
}
