using System.Text.Json;
using Lactation.Content.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lactation.Content.Index;

/// <summary>The derived index: rebuilt from content/ whenever it is missing or its schema is old.</summary>
public sealed class ContentDbContext(DbContextOptions<ContentDbContext> options) : DbContext(options)
{
    /// <summary>
    /// A fingerprint of the schema (EF's create script plus the FTS tables) and of the code that fills it (this
    /// assembly's build), stored in PRAGMA user_version. An index written by any other schema or parser is deleted and
    /// rebuilt: it is only a cache of content/, and a new parser may derive different HTML or search text.
    /// </summary>
    public int SchemaVersion()
    {
        var script = Database.GenerateCreateScript() + Search.FtsIndex.CreateSql + typeof(ContentDbContext).Assembly.ManifestModule.ModuleVersionId;
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script));
        return BitConverter.ToInt32(hash, 0) & int.MaxValue;
    }

    public DbSet<IndexedArticle> Articles => Set<IndexedArticle>();

    public DbSet<IndexedTopic> Topics => Set<IndexedTopic>();

    public DbSet<SourceFileState> SourceFiles => Set<SourceFileState>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IndexedArticle>(article =>
        {
            article.ToTable("articles");
            article.HasKey(a => a.Slug);
            article.HasIndex(a => a.SourceFile);
            article.Property(a => a.Sources).HasConversion(Json<List<ArticleSource>>(), JsonComparer<List<ArticleSource>>());
            article.Property(a => a.Toc).HasConversion(Json<List<TocEntry>>(), JsonComparer<List<TocEntry>>());
        });
        modelBuilder.Entity<IndexedTopic>(topic =>
        {
            topic.ToTable("topics");
            topic.HasKey(t => t.Id);
        });
        modelBuilder.Entity<SourceFileState>(file =>
        {
            file.ToTable("source_files");
            file.HasKey(f => f.Path);
        });
    }

    private static ValueConverter<T, string> Json<T>() => new(
        value => JsonSerializer.Serialize(value, JsonSerializerOptions.Default),
        json => JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Default)!);

    private static ValueComparer<T> JsonComparer<T>() => new(
        (a, b) => JsonSerializer.Serialize(a, JsonSerializerOptions.Default) == JsonSerializer.Serialize(b, JsonSerializerOptions.Default),
        value => JsonSerializer.Serialize(value, JsonSerializerOptions.Default).GetHashCode(),
        value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, JsonSerializerOptions.Default), JsonSerializerOptions.Default)!);
}
