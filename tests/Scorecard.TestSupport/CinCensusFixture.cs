namespace Scorecard.TestSupport;

/// <summary>
/// A small CIN census return in the 2024-25 shape (Sex, not GenderCurrent; the DfE children in need census XML as the
/// public fake return data-to-insight/csc-validator-be-cin fake_data/CIN_Census_2024.xml carries it). Its records fall
/// in 2024-25 Q2 (July to September 2024):
///   K1: referred 4 Jul 2024 by a school (2A), closed 1 Aug with RC9 (referred to early help).
///   K2: referred 5 Aug 2024 by the police (6), assessed from 6 Aug, authorised 20 Aug; still open.
/// So CS02 (referrals) for 2024-25 Q2 is 2. A census holds no early help, contacts, audits or spidergraphs: EH01 (children
/// open to early help) and EH09 (contacts resulting in early help) cannot be said from it.
/// </summary>
public static class CinCensusFixture
{
    public static string Write(string folder, string name = "CIN_Census_2025.xml")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, """
            <Message>
              <Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header>
              <Children>
                <Child>
                  <ChildIdentifiers><LAchildID>K1</LAchildID><PersonBirthDate>2016-01-15</PersonBirthDate><Sex>2</Sex></ChildIdentifiers>
                  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
                  <CINdetails><CINreferralDate>2024-07-04</CINreferralDate><ReferralSource>2A</ReferralSource><ReferralNFA>0</ReferralNFA>
                    <CINclosureDate>2024-08-01</CINclosureDate><ReasonForClosure>RC9</ReasonForClosure></CINdetails>
                </Child>
                <Child>
                  <ChildIdentifiers><LAchildID>K2</LAchildID><PersonBirthDate>2017-01-15</PersonBirthDate><Sex>1</Sex></ChildIdentifiers>
                  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
                  <CINdetails><CINreferralDate>2024-08-05</CINreferralDate><ReferralSource>6</ReferralSource><ReferralNFA>0</ReferralNFA>
                    <Assessments><AssessmentActualStartDate>2024-08-06</AssessmentActualStartDate><AssessmentAuthorisationDate>2024-08-20</AssessmentAuthorisationDate></Assessments>
                  </CINdetails>
                </Child>
              </Children>
            </Message>
            """);
        return path;
    }
}
