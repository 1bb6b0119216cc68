using CredChain.Core.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Hosting.Problems;

/// <summary>
/// The one ProblemDetails set-up of the three hosts: every error response is <c>application/problem+json</c> with
/// <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c> (when known), <c>code</c> and <c>traceId</c>, and never an
/// exception's text (a malformed request's framework message aside).
/// </summary>
public static class ProblemHosting
{
    /// <summary>Registers the writer: the code of the response's status in <paramref name="dialect"/> where the handler set none, and the trace id.</summary>
    public static IServiceCollection AddCredChainProblemDetails(this IServiceCollection services, ProblemDialect dialect) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            if (context.Exception is BadHttpRequestException badRequest)
            {
                status = badRequest.StatusCode;
                problem.Status = status;
                context.HttpContext.Response.StatusCode = status;
                problem.Title = ProblemCatalogue.Find(ProblemDefaults.ForStatus(dialect, status))?.TitleEn ?? problem.Title;
                problem.Detail = badRequest.Message;
            }

            problem.Extensions.TryAdd(ProblemMembers.Code, ProblemDefaults.ForStatus(dialect, status));
            problem.Extensions[ProblemMembers.TraceId] = context.HttpContext.TraceIdentifier;
        });

    /// <summary>Turns an unhandled exception into a problem response: a malformed request keeps its 4xx, anything else is a 500.</summary>
    public static IApplicationBuilder UseCredChainExceptionHandler(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
}
