using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Vocabularies;
using Microsoft.OData.Edm.Vocabularies.V1;

namespace Scorecard.Api.Feed;

/// <summary>
/// Capabilities annotations in $metadata, each one true of the feed: Power Query reads them to decide what it may
/// fold into the URL ($top, $skip, $filter with these functions, $count, $orderby, $select) and whether it may send
/// requests in parallel or asynchronously. Nothing here is aspirational: the tests call every function listed.
/// </summary>
public static class FeedCapabilities
{
    /// <summary>The $filter functions the feed answers on every provider.</summary>
    public static readonly string[] FilterFunctions =
    [
        "contains", "startswith", "endswith", "length", "indexof", "substring", "tolower", "toupper", "trim", "concat",
        "year", "month", "day", "now", "round", "floor", "ceiling", "isof", "cast",
    ];

    public static void Annotate(EdmModel model)
    {
        var container = model.EntityContainer;
        Add(model, container, "AsynchronousRequestsSupported", new EdmBooleanConstant(false));
        Add(model, container, "BatchSupported", new EdmBooleanConstant(false));
        Add(model, container, "FilterFunctions", new EdmCollectionExpression(FilterFunctions.Select(f => (IEdmExpression)new EdmStringConstant(f))));
        foreach (var set in container.EntitySets())
        {
            Add(model, set, "TopSupported", new EdmBooleanConstant(true));
            Add(model, set, "SkipSupported", new EdmBooleanConstant(true));
            Add(model, set, "CountRestrictions", Record(("Countable", true)));
            Add(model, set, "FilterRestrictions", Record(("Filterable", true)));
            Add(model, set, "SortRestrictions", Record(("Sortable", true)));
            Add(model, set, "SelectSupport", Record(("Supported", true)));
            Add(model, set, "ExpandRestrictions", Record(("Expandable", false)));
            Add(model, set, "SearchRestrictions", Record(("Searchable", false)));
            Add(model, set, "InsertRestrictions", Record(("Insertable", false)));
            Add(model, set, "UpdateRestrictions", Record(("Updatable", false)));
            Add(model, set, "DeleteRestrictions", Record(("Deletable", false)));
        }
    }

    private static EdmRecordExpression Record(params (string Name, bool Value)[] properties) =>
        new(properties.Select(p => (IEdmPropertyConstructor)new EdmPropertyConstructor(p.Name, new EdmBooleanConstant(p.Value))));

    private static void Add(EdmModel model, IEdmVocabularyAnnotatable target, string term, IEdmExpression value)
    {
        var found = CapabilitiesVocabularyModel.Instance.FindTerm($"Org.OData.Capabilities.V1.{term}")
            ?? throw new InvalidOperationException($"Capabilities.{term} is not in the vocabulary this OData library knows.");
        var annotation = new EdmVocabularyAnnotation(target, found, value);
        annotation.SetSerializationLocation(model, EdmVocabularyAnnotationSerializationLocation.Inline);
        model.AddVocabularyAnnotation(annotation);
    }
}
