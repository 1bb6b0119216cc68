namespace CredChain.Issuer.Errors;

internal static class ProblemDetailsSetup
{
    /// <summary>Every error response is a ProblemDetails with a stable <c>code</c> extension, a trace id, and no exception text.</summary>
    public static IServiceCollection AddIssuerProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            if (context.Exception is BadHttpRequestException badRequest)
            {
                status = badRequest.StatusCode;
                problem.Status = status;
                context.HttpContext.Response.StatusCode = status;
                problem.Title = status == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Bad request";
                problem.Detail = badRequest.Message;
            }

            if (!problem.Extensions.ContainsKey("code"))
            {
                problem.Extensions["code"] = ProblemCodes.ForStatus(status);
            }

            problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
        return services;
    }

    public static WebApplication UseIssuerProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        return app;
    }
}
