using Conferencing.RoomEvents.Validation;

namespace Conferencing.RoomEvents.Api;

/// <summary>The RFC 7807 answers of the API, so that every refusal reads the same way.</summary>
public static class ApiProblems
{
    public static IResult Invalid(InputErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: "The request is not valid.");

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found.");

    public static IResult Forbidden(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: title);

    public static IResult NotAMember(string roomId) =>
        Forbidden("Not a member of the room.", $"Only members of room {roomId} may do this.");

    public static IResult Conflict(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: title);

    public static IResult Unprocessable(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: title);
}
