namespace FunnelCrm.Emulator;

/// <summary>The Dataverse error codes the emulator's faults carry (the values Dataverse reports).</summary>
public static class ErrorCodes
{
    /// <summary>0x80040217: the record does not exist.</summary>
    public const int ObjectDoesNotExist = unchecked((int)0x80040217);

    /// <summary>0x80041102: no table with that logical name.</summary>
    public const int EntityNotFound = unchecked((int)0x80041102);

    /// <summary>0x80041103: the table has no column with that logical name.</summary>
    public const int AttributeNotFound = unchecked((int)0x80041103);

    /// <summary>0x80040203: an argument is invalid (wrong value type, missing parameter).</summary>
    public const int InvalidArgument = unchecked((int)0x80040203);

    /// <summary>0x80044331: a text value longer than the column's maximum length.</summary>
    public const int TextLengthExceeded = unchecked((int)0x80044331);

    /// <summary>0x8004431A: an option value outside the column's option set.</summary>
    public const int OptionValueOutOfRange = unchecked((int)0x8004431A);

    /// <summary>0x80040220: the caller lacks a privilege.</summary>
    public const int PrivilegeDenied = unchecked((int)0x80040220);

    /// <summary>0x80060882: the row version does not match (optimistic concurrency).</summary>
    public const int ConcurrencyVersionMismatch = unchecked((int)0x80060882);

    /// <summary>0x80040265: a plugin threw InvalidPluginExecutionException.</summary>
    public const int IsvAborted = unchecked((int)0x80040265);

    /// <summary>0x80040224: a plugin threw any other exception.</summary>
    public const int UnexpectedPluginException = unchecked((int)0x80040224);

    /// <summary>0x80040251: a plugin swallowed a failed service call; the transaction is gone.</summary>
    public const int TransactionAborted = unchecked((int)0x80040251);

    /// <summary>0x80044182: call depth above the maximum (8): an infinite loop.</summary>
    public const int InfiniteLoop = unchecked((int)0x80044182);

    /// <summary>0x80040237: a duplicate primary key (or intersect row).</summary>
    public const int DuplicateRecord = unchecked((int)0x80040237);

    /// <summary>0x80060892: another row already holds the same values of an alternate key.</summary>
    public const int DuplicateRecordEntityKey = unchecked((int)0x80060892);

    /// <summary>0x8004F508: the record is read-only in its current state.</summary>
    public const int RecordReadOnly = unchecked((int)0x8004F508);

    /// <summary>0x8004E003: a state/status combination that does not exist.</summary>
    public const int InvalidStateTransition = unchecked((int)0x8004E003);

    /// <summary>0x80040232: a delete refused by a Restrict cascade.</summary>
    public const int RestrictedDelete = unchecked((int)0x80040232);

    /// <summary>0x8004B400: an ExecuteMultiple rule was broken (size, nesting).</summary>
    public const int ExecuteMultipleRefused = unchecked((int)0x8004B400);

    /// <summary>0x80040216: a message or query form the emulator does not implement.</summary>
    public const int NotSupported = unchecked((int)0x80040216);

    /// <summary>0x8004F502: a secured column set on create without create permission (AttributePrivilegeCreateIsMissing).</summary>
    public const int AttributePrivilegeCreateIsMissing = unchecked((int)0x8004F502);

    /// <summary>0x8004F507: a secured column changed without update permission (AttributePermissionUpdateIsMissingDuringUpdate).</summary>
    public const int AttributePermissionUpdateIsMissingDuringUpdate = unchecked((int)0x8004F507);

    /// <summary>0x80044150: a row lock could not be taken in time (SQL timeout).</summary>
    public const int SqlTimeout = unchecked((int)0x80044150);

    /// <summary>0x80040201 (InvalidXml): a query's XML is not well formed.</summary>
    public const int InvalidXml = unchecked((int)0x80040201);

    /// <summary>0x80041107 (QueryBuilderAttribute_With_Aggregate): an aggregate query asks for a plain column.</summary>
    public const int AttributeWithAggregate = unchecked((int)0x80041107);

    /// <summary>0x80041108 (QueryBuilderInvalid_Value): a condition value does not convert to the column's type.</summary>
    public const int InvalidQueryValue = unchecked((int)0x80041108);

    /// <summary>0x80041109 (QueryBuilderInvalid_Alias): an aggregate or group-by column without an alias.</summary>
    public const int InvalidAggregateAlias = unchecked((int)0x80041109);

    /// <summary>0x80041117 (QueryBuilderDeserializeInvalidLinkType): a link-type FetchXML does not know.</summary>
    public const int InvalidLinkType = unchecked((int)0x80041117);

    /// <summary>0x8004111A (QueryBuilderDeserializeInvalidAggregate): an unknown aggregate function, or one outside an aggregate query.</summary>
    public const int InvalidAggregate = unchecked((int)0x8004111A);

    /// <summary>0x8004111C (QueryBuilderDeserializeInvalidNode): an element FetchXML does not allow where it stands.</summary>
    public const int InvalidQueryNode = unchecked((int)0x8004111C);

    /// <summary>0x80041120 (QueryBuilderInvalidConditionOperator): an unknown condition operator.</summary>
    public const int InvalidConditionOperator = unchecked((int)0x80041120);

    /// <summary>0x80041122 (QueryBuilderInvalidFilterType): a filter type other than and/or.</summary>
    public const int InvalidFilterType = unchecked((int)0x80041122);

    /// <summary>0x8004112F (QueryBuilderInvalidAggregateAttribute): an aggregate the column's type does not support.</summary>
    public const int InvalidAggregateAttribute = unchecked((int)0x8004112F);

    /// <summary>0x80041130 (QueryBuilderDuplicateAlias): two columns or links with one alias.</summary>
    public const int DuplicateAlias = unchecked((int)0x80041130);

    /// <summary>0x80041131 (QueryBuilderAttributeNotAllowedForAggregateOrderBy): an aggregate query ordered by attribute.</summary>
    public const int AttributeOrderInAggregate = unchecked((int)0x80041131);

    /// <summary>0x80041132 (QueryBuilderAliasNotAllowedForNonAggregateOrderBy): a plain query ordered by alias.</summary>
    public const int AliasOrderOutsideAggregate = unchecked((int)0x80041132);

    /// <summary>0x80041135 (QueryBuilderInvalidDateGrouping): a date grouping missing, unknown, or on a column that is not a date.</summary>
    public const int InvalidDateGrouping = unchecked((int)0x80041135);

    /// <summary>0x80041137 (QueryBuilderAttributeCannotBeGroupByAndAggregate): one column both grouped and aggregated.</summary>
    public const int GroupByAndAggregate = unchecked((int)0x80041137);

    /// <summary>0x8004E023 (AggregateQueryRecordLimitExceeded): an aggregate over more rows than the limit (50,000).</summary>
    public const int AggregateQueryRecordLimitExceeded = unchecked((int)0x8004E023);
}
