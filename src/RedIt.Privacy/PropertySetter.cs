using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RedIt.Privacy;

internal sealed record PropertySetter(IProperty Property, Func<ParameterExpression, Expression> Value);
