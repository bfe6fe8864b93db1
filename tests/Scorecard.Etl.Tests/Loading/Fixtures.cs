namespace Scorecard.Etl.Tests.Loading;

/// <summary>Small hand-made extracts. Line numbers in comments count the header as line 1.</summary>
internal static class Fixtures
{
    public const string Departments = """
        dept_team_id,dept_team_name,dept_team_parent_id,dept_team_parent_name
        T-N1,North Early Help 1,L-N,North locality
        T-N2,North Early Help 2,L-N,North locality
        T-S1,South Early Help 1,L-S,South locality
        """;

    // Three children; the file carries a name column the contract does not know: it must never be stored.
    public const string People = """
        pers_person_id,pers_sex,pers_ethnicity,pers_dob,pers_forename
        P1001,F,WBRI,2015-06-14,Amelia
        P1002,M,a) APKN,2012-01-30,Oliver
        P1003,,NOBT,2009-11-02,Isla
        """;

    public const string Episodes = """
        earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date,earl_episode_reason,earl_episode_end_reason,earl_episode_organisation,earl_episode_worker_id
        E1,P1001,2024-05-01,2024-11-20,Parenting,OM,Riverside Primary School,W1
        E2,P1002,2024-06-03,,School attendance,,Health Visiting,W2
        E3,P1003,01/07/2024,2024-09-30 00:00:00,Housing,SU,Riverside Primary School,W1
        """;
}
